# Property reads on instances: the getter runs as an ordinary call, with every rule of
# attribute lookup kept (__getattr__ after an AttributeError, __getattribute__ first,
# subclasses of property, getters that are not plain functions, deep recursion).


class Temp:
    def __init__(self, c):
        self.c = c

    @property
    def f(self):
        return self.c * 9 / 5 + 32

    @property
    def broken(self):
        return self.missing


t = Temp(100)
print(t.f, [Temp(x).f for x in range(3)])
try:
    t.broken
except AttributeError as e:
    print("AttributeError:", e)


class WithGetattr(Temp):
    def __getattr__(self, name):
        return "fallback for " + name


w = WithGetattr(0)
print(w.f, w.broken)


class Logged(Temp):
    def __getattribute__(self, name):
        print("get", name)
        return object.__getattribute__(self, name)


print(Logged(10).f)


class LoudProperty(property):
    def __get__(self, obj, cls=None):
        print("LoudProperty.__get__")
        return super().__get__(obj, cls)


class UsesLoud:
    @LoudProperty
    def v(self):
        return 42


print(UsesLoud().v)


class Odd:
    size = property(len)
    neg = property(lambda self: -1)

    def __len__(self):
        return 7


print(Odd().size, Odd().neg)


class Deep:
    def __init__(self, n):
        self.n = n

    @property
    def depth(self):
        if self.n == 0:
            return 0
        return Deep(self.n - 1).depth + 1


print(Deep(200).depth)


class Forever:
    @property
    def me(self):
        return self.me


try:
    Forever().me
except RecursionError as e:
    print("RecursionError:", e)


class Boom:
    @property
    def value(self):
        raise ValueError("no value")


def read(o):
    return o.value


for _ in range(2):
    try:
        read(Boom())
    except ValueError as e:
        print("ValueError:", e)

print(Temp(5).f)
Temp(1).broken
