# Calling a metaclass: only type itself has the one-argument form type(obj)


class Meta(type):
    pass


class WithNew(type):
    def __new__(mcls, *args):
        print("WithNew.__new__ got", len(args))
        return super().__new__(mcls, *args)


for args in [(), (None,), (5,), (1, 2), ("X", (), {}, 4)]:
    try:
        print(Meta(*args))
    except TypeError as e:
        print("Meta", len(args), "TypeError", e)
    try:
        print(type(*args))
    except TypeError as e:
        print("type", len(args), "TypeError", e)

C = Meta("C", (), {"a": 1})
print(C, type(C).__name__, C.a)
print(type(C), type(5), type(None))
try:
    WithNew(3)
except TypeError as e:
    print("TypeError", e)
D = WithNew("D", (), {})
print(D.__name__, type(D).__name__)
Meta(D)
