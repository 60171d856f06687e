# `self.x += c` on attribute-cache hits and on everything that makes them miss.


class Plain:
    count = 100  # class default: the first += reads it, then the instance has its own

    def __init__(self):
        self.n = 0
        self.f = 0.5
        self.s = "a"
        self.items = []

    def bump(self):
        self.n += 1
        self.n -= 3
        self.n *= 2
        self.f += 1
        self.f /= 4
        self.s += "b"
        self.items += [self.n]
        self.count += 1


p = Plain()
for _ in range(3):
    p.bump()
print(p.n, p.f, p.s, p.items, p.count, Plain.count)


class Big:
    def __init__(self):
        self.v = 2**62

    def grow(self):
        self.v += 2**62
        self.v *= 3
        self.v //= 0 if self.v < 0 else 7


b = Big()
b.grow()
print(b.v)
b.v = 1
try:
    b.v //= 0
except ZeroDivisionError as e:
    print("ZeroDivisionError", e, b.v)


class Logged:
    def __init__(self):
        object.__setattr__(self, "n", 0)

    def __setattr__(self, name, value):
        print("set", name, value)
        object.__setattr__(self, name, value)

    def bump(self):
        self.n += 1


lg = Logged()
for _ in range(3):
    lg.bump()
print(lg.n)


class Lazy:
    def __getattr__(self, name):
        print("getattr", name)
        return 10

    def bump(self):
        self.z += 1


lz = Lazy()
for _ in range(3):
    lz.bump()
print(lz.z)


class Prop:
    def __init__(self):
        self._n = 0

    @property
    def n(self):
        return self._n

    @n.setter
    def n(self, v):
        print("setter", v)
        self._n = v

    def bump(self):
        self.n += 5


pr = Prop()
for _ in range(2):
    pr.bump()
print(pr.n)


class Slotted:
    __slots__ = ("n",)

    def __init__(self):
        self.n = 0

    def bump(self):
        self.n += 1


sl = Slotted()
for _ in range(4):
    sl.bump()
print(sl.n)


class Shadow:
    def __init__(self):
        self.n = 0

    def bump(self):
        self.n += 1


sh = Shadow()
for _ in range(3):
    sh.bump()
sh.__dict__["n"] = 40
sh.bump()
sh.__dict__ = {"n": 7}
sh.bump()
print(sh.n, sh.__dict__)


class ReadOnly:
    def __init__(self):
        self.n = 0

    def bump(self):
        self.n += 1


ro = ReadOnly()
for _ in range(3):
    ro.bump()
ReadOnly.n = property(lambda self: 99)
try:
    ro.bump()
except AttributeError as e:
    print("AttributeError", e)
print(ro.n)


class Gone:
    def __init__(self):
        self.n = 0

    def bump(self):
        self.n += 1


g = Gone()
g.bump()
del g.n
try:
    g.bump()
except AttributeError as e:
    print("AttributeError", e)


class Dying:
    def __del__(self):
        print("del Dying")


class Holder:
    def __init__(self):
        self.n = 0
        self.other = Dying()

    def swap(self):
        self.other = self.n
        self.n += 1


h = Holder()
h.swap()
print("after", h.n, h.other)


class Acc:
    def __init__(self):
        self.total = 0

    def add(self, amount):
        self.total += amount
        self.total -= amount
        self.total += amount


acc = Acc()
for v in (1, 2.5, 10**20, -3, 2**63):
    acc.add(v)
    print(acc.total)


def unbound(o):
    o.total += later
    later = 1


try:
    unbound(acc)
except UnboundLocalError as e:
    print("UnboundLocalError", e)


def bad(x):
    x.n += "s"


bad(sh)
