# Attribute reads, stores and method loads in one function, on classes that change under it:
# every answer must follow the class as it is now.


class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def total(self):
        return self.x + self.y


class Q:
    def __init__(self, x, y):
        # The other order: x sits at another index of the instance dict.
        self.y = y
        self.x = x

    def total(self):
        return self.x * self.y


def read(o):
    return o.x


def write(o, v):
    o.x = v


def call(o):
    return o.total()


ps = [P(1, 2), Q(3, 4), P(5, 6), Q(7, 8)]
for _ in range(3):
    print([read(o) for o in ps], [call(o) for o in ps])

# An instance attribute shadows the method; deleting it shows the method again.
p = P(1, 2)
p.total = lambda: "instance"
print(call(p))
del p.total
print(call(p))

# The class gains a property: it now comes before the instance dict.
P.x = property(lambda self: "prop")
print(read(ps[0]), read(ps[1]))
try:
    write(ps[0], 9)
except AttributeError as e:
    print("AttributeError:", e)
del P.x
print(read(ps[0]))
write(ps[0], 10)
print(read(ps[0]), vars(ps[0]))

# A data descriptor on a base class, added later.
class Base:
    pass


class Child(Base):
    def __init__(self):
        self.x = "dict"


c = Child()
print(read(c))


class Loud:
    def __get__(self, obj, cls):
        return "descriptor"

    def __set__(self, obj, value):
        print("set via descriptor", value)


Base.x = Loud()
print(read(c))
write(c, 3)
del Base.x
print(read(c), c.__dict__)

# __getattribute__ and __setattr__ added after the cache filled.
def ga(self, name):
    return "ga:" + name


def sa(self, name, value):
    print("setattr", name, value)
    object.__setattr__(self, name, value * 2)


Child.__getattribute__ = ga
print(read(c))
del Child.__getattribute__
Child.__setattr__ = sa
write(c, 21)
print(read(c))
del Child.__setattr__
write(c, 1)
print(read(c))

# The method itself replaced on the class.
q = Q(2, 3)
print(call(q))
Q.total = lambda self: "replaced"
print(call(q))

# Deleting an attribute, then a read that misses.
del q.x
try:
    read(q)
except AttributeError as e:
    print("AttributeError:", e)
write(q, 5)
print(read(q), list(vars(q)))

# Attributes set through the dict and setattr with a non-interned name.
name = "".join(["x"])
r = P(0, 0)
setattr(r, name, "via setattr")
print(read(r))
r.__dict__["x"] = "via dict"
print(read(r))
r.__dict__.clear()
try:
    read(r)
except AttributeError as e:
    print("AttributeError:", e)

# __slots__ classes refuse names outside the slots.
class S:
    __slots__ = ("x",)


s = S()
write(s, 4)
print(read(s))


class T:
    __slots__ = ("y",)


try:
    write(T(), 4)
except AttributeError as e:
    print("AttributeError:", e)

# Builtin receivers through the same LoadMethod.
def app(o):
    o.append(1)
    return o


print(app([]), app([0]))


class L(list):
    def append(self, v):
        list.append(self, v * 10)


print(app(L()))
print(read(P(1, 2)))
