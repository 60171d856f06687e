# __call__ makes instances callable; callable(); calling non-callables.
class Adder:
    def __init__(self, n):
        self.n = n

    def __call__(self, x, *, times=1):
        return (x + self.n) * times


add = Adder(3)
print(add(1), add(1, times=2), callable(add), callable(Adder), callable(5))
print(list(map(add, [1, 2])))
try:
    n = 5
    n()
except TypeError as e:
    print(e)
try:
    s = "s"
    s()
except TypeError as e:
    print(e)
try:
    add()
except TypeError as e:
    print(e)


class Meta(type):
    def __call__(cls, *a):
        return "instance via meta"


class K(metaclass=Meta):
    pass


print(K())


class CallAttr:
    pass


c = CallAttr()
c.__call__ = lambda: "instance attr"
try:
    c()
except TypeError as e:
    print(e)
print(c.__call__())
