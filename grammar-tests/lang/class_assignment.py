# obj.__class__ = Other: allowed between Python classes of the same layout, as CPython checks.
class Idle:
    state = "idle"

    def step(self):
        self.__class__ = Running
        return "start"

    def __repr__(self):
        return f"<{type(self).__name__} {self.n}>"


class Running(Idle):
    state = "running"

    def step(self):
        self.n += 1
        if self.n == 3:
            self.__class__ = Idle
        return "tick"


m = Idle()
m.n = 0
for _ in range(5):
    print(m.state, m.step(), m, isinstance(m, Running), type(m).__name__)


class Base:
    def hello(self):
        return "base hello"


class Child(Base):
    def hello(self):
        return "child, then " + super().hello()


class Other:
    def __del__(self):
        print("Other.__del__", self.tag)


x = Base()
x.tag = "x"
print(x.hello())
x.__class__ = Child
print(x.hello(), x.__class__, vars(x))
x.__class__ = Other
print(type(x).__name__, hasattr(x, "hello"))
del x


class L1(list):
    pass


class L2(list):
    def total(self):
        return sum(self)


items = L1([1, 2, 3])
items.__class__ = L2
print(items, items.total(), type(items).__name__)


class Sa:
    __slots__ = ("a",)


class Sb:
    __slots__ = ("a",)


class Sc:
    __slots__ = ("c",)


s = Sa()
s.a = 1
s.__class__ = Sb
print(type(s).__name__, s.a)

import types


class Mod(types.ModuleType):
    def hi(self):
        return "hi from " + self.__name__


mod = types.ModuleType("mymod")
mod.__class__ = Mod
print(type(mod).__name__, mod.hi())

for obj, new in [(Idle(), L1), (L1(), Idle), (s, Sc), (Idle(), int), (1, Idle), ([], L1),
                 (L1(), list), (Idle(), 5), (Idle(), object)]:
    try:
        obj.__class__ = new
        print("ok", type(obj).__name__)
    except TypeError as e:
        print("TypeError:", e)
try:
    del m.__class__
except TypeError as e:
    print("TypeError:", e)
m.__class__ = "Idle"
