# Instance attributes before and after their __dict__ is first looked at: order, deletion,
# writes through the dict, many attributes, dir(), vars(), and cycles the collector frees.
import gc


class C:
    def __init__(self):
        self.a = 1
        self.b = 2


c = C()
c.c = 3
del c.a
c.a = 4
print(c.b, c.c, c.a)
print(sorted(n for n in dir(c) if not n.startswith("__")))
d = c.__dict__
print(d, list(d), vars(c) is d)
d["z"] = 26
print(c.z)
c.y = 25
print(d)
del d["b"]
try:
    c.b
except AttributeError as e:
    print("AttributeError:", e)
d.clear()
print(vars(c), hasattr(c, "a"))
c.a = "again"
print(c.__dict__, c.__dict__ is d)

# Many attributes, set and deleted in a loop.
m = C()
for i in range(40):
    setattr(m, "attr%d" % i, i)
for i in range(0, 40, 3):
    delattr(m, "attr%d" % i)
print(len(vars(m)), m.attr1, m.attr38, list(vars(m))[:5])
try:
    m.attr0
except AttributeError as e:
    print("AttributeError:", e)

n = C()
for i in range(20):
    setattr(n, "k" + str(i), i * i)
print(n.k19, getattr(n, "k" + "7"), sorted(vars(n))[:3])

# Names that are not identifiers, and non-str names.
o = C()
setattr(o, "not an identifier", 1)
print(getattr(o, "not an identifier"), list(vars(o)))
try:
    setattr(o, 5, 1)
except TypeError as e:
    print("TypeError:", e)
try:
    delattr(o, "missing")
except AttributeError as e:
    print("AttributeError:", e)


class StrSub(str):
    pass


setattr(o, StrSub("sub"), "via subclass name")
print(o.sub, list(vars(o)))

# Equality and hashing see the same attributes as before.
p = C()
q = C()
print(vars(p) == vars(q), p.__dict__ == {"a": 1, "b": 2})

# Subclasses and inherited __init__.
class D(C):
    def __init__(self):
        super().__init__()
        self.d = 4


print(vars(D()))

# Cycles through inline attributes are collected.
class Node:
    pass


gc.collect()
for _ in range(3):
    a = Node()
    b = Node()
    a.other = b
    b.other = a
    a.me = a
del a, b
print(gc.collect() >= 2)

# A __del__ that sees its attributes, and resurrection.
keep = []


class Phoenix:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name, sorted(vars(self)))
        keep.append(self)


x = Phoenix("x")
x.extra = [1]
del x
print(keep[0].name, keep[0].extra)
keep.clear()
print("end")
