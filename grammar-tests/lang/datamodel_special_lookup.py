# Special methods are looked up on the type, not the instance.
class C:
    def __len__(self):
        return 1

    def __repr__(self):
        return "C-class-repr"


c = C()
c.__len__ = lambda: 99
c.__repr__ = lambda: "instance repr"
print(len(c), repr(c), c.__len__(), c.__repr__())


class Meta(type):
    def __len__(cls):
        return 42

    def __repr__(cls):
        return f"<meta-repr {cls.__name__}>"

    def __getitem__(cls, k):
        return f"{cls.__name__}[{k}]"


class K(metaclass=Meta):
    def __len__(self):
        return 7


print(len(K), repr(K), len(K()), K["x"])


class Iter:
    pass


it = Iter()
it.__iter__ = lambda: iter([1])
try:
    iter(it)
except TypeError as e:
    print(e)


class Called:
    pass


Called.__call__ = lambda self, x: x + 1
print(Called()(1))
