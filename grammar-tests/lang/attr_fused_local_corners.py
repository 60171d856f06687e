# `local.attr`, `local.attr = v` and `local.method()` right after the local is loaded, on
# objects whose class, instance attributes or attribute hooks change between calls: the
# answers must follow the objects as they are now.


class V:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def step(self):
        return ("step", self.x)

    def norm(self):
        return self.x * self.x + self.y * self.y


class W:
    def __init__(self, x, y):
        self.y = y
        self.x = x

    def step(self):
        return ("W.step", self.y)


def read(o):
    return o.x


def write(o, v):
    o.x = v
    return o.x


def call(o):
    return o.step()


objs = [V(1, 2), W(3, 4), V(5, 6)]
for _ in range(3):
    print([read(o) for o in objs], [call(o) for o in objs], [write(o, 7) for o in objs])

# A method shadowed through names that are equal but not the same str object.
v = V(1, 2)
print(call(v))
setattr(v, "".join(["st", "ep"]), lambda: "instance via setattr")
print(call(v))
del v.step
print(call(v))
v.__dict__["".join(["s", "tep"])] = lambda: "instance via __dict__"
print(call(v))
del v.__dict__["step"]
print(call(v))
vars(v).update(step=lambda: "via update")
print(call(v))

# A fresh instance whose attributes come in another order, or are more than fit inline.
class Many:
    def __init__(self, n):
        for i in range(n):
            setattr(self, "a%d" % i, i)
        self.x = "x after %d" % n

    def step(self):
        return "Many.step"


for n in (0, 3, 11, 12, 13, 20):
    m = Many(n)
    print(n, read(m), call(m), write(m, n), len(vars(m)))

# __class__ assignment between calls.
v = V(10, 20)
print(read(v), call(v))
v.__class__ = W
print(read(v), call(v))
v.__class__ = V
print(read(v), call(v))

# A method replaced, then removed so that an instance attribute of that name is used.
class R:
    def __init__(self):
        self.x = 1

    def step(self):
        return "R.step"


r = R()
print(call(r))
R.step = lambda self: "R.step replaced"
print(call(r))
del R.step
try:
    call(r)
except AttributeError as e:
    print("AttributeError:", e)
r.step = lambda: "R instance step"
print(call(r))

# Hooks: __getattr__ for a missing attribute, __getattribute__ and a data descriptor.
class G:
    def __init__(self):
        self.x = "own"

    def __getattr__(self, name):
        return "getattr:" + name

    def step(self):
        return "G.step"


g = G()
print(read(g), call(g))
del g.x
print(read(g), call(g))
G.__getattribute__ = lambda self, name: "getattribute:" + name
print(read(g))
try:
    call(g)
except TypeError as e:
    print("TypeError:", e)
del G.__getattribute__
print(read(g), call(g))


class Guard:
    def __get__(self, obj, cls):
        return "guarded"

    def __set__(self, obj, value):
        print("Guard.__set__", value)


class D:
    def __init__(self):
        self.x = "plain"

    def step(self):
        return "D.step"


d = D()
print(read(d), write(d, 1))
D.x = Guard()
print(read(d), write(d, 2), d.__dict__)
del D.x
print(read(d), d.__dict__)
D.step = Guard()
print(call(d) if callable(d.step) else ("not callable", d.step))
del D.step

# Metaclass attributes are not instance attributes.
class Meta(type):
    x = "from metaclass"

    def step(cls):
        return "Meta.step"


class M(metaclass=Meta):
    pass


print(read(M), call(M))
mi = M()
try:
    read(mi)
except AttributeError as e:
    print("AttributeError:", e)
M.x = "on class"
print(read(M), read(mi))

# An unbound local where the pair would be fused raises as usual.
def unbound():
    if False:
        o = V(0, 0)
    return o.x


try:
    unbound()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)

# A store that replaces the last reference to an object with __del__.
class Noisy:
    def __init__(self, tag):
        self.tag = tag

    def __del__(self):
        print("del", self.tag)


holder = V(None, None)
write(holder, Noisy("first"))
print("before replace")
write(holder, Noisy("second"))
print("after replace")
holder.x = 0
print("end of stores")

# Instances of builtin subclasses and other objects reach the general path.
class L(list):
    def step(self):
        return ("L.step", len(self))


lst = L([1, 2])
lst.x = "list attr"
print(read(lst), call(lst))

import types

ns = types.SimpleNamespace(x="ns", step=lambda: "ns.step")
print(read(ns), call(ns), write(ns, 5))
print(read(V))
