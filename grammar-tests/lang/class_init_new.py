# __new__ runs before __init__; __init__ is skipped when __new__ returns another type.
class A:
    def __new__(cls, *args):
        print("new", cls.__name__, args)
        return super().__new__(cls)

    def __init__(self, x):
        print("init", x)
        self.x = x


a = A(1)
print(a.x, type(a).__name__)


class B:
    def __new__(cls):
        return 42

    def __init__(self):
        print("never")


print(B())


class C:
    def __init__(self):
        return None


print(type(C()).__name__)


class D:
    def __init__(self):
        return 5


try:
    D()
except TypeError as e:
    print(e)

try:
    A()
except TypeError as e:
    print(e)


class E:
    pass


try:
    E(1)
except TypeError as e:
    print(e)

try:
    object(1)
except TypeError as e:
    print(e)


class F:
    def __init__(self, a, b=2):
        self.s = a + b


print(F(1).s, F(1, b=5).s)
try:
    F()
except TypeError as e:
    print(e)
