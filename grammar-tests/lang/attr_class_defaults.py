# Class-level values read and shadowed through instances, and class attributes whose kind
# changes later: a descriptor class that gains __set__, a default replaced by a property.


class Counter:
    count = 0
    label = "counter"
    limits = (0, 10)

    def bump(self):
        self.count = self.count + 1
        return self.count


a = Counter()
b = Counter()
print(a.count, a.bump(), a.bump(), b.count, Counter.count)
print(vars(a), vars(b), a.label, a.limits)
del a.count
print(a.count, vars(a))


class Plain:
    def __get__(self, obj, cls):
        return "from descriptor"


class Holder:
    d = Plain()
    sm = staticmethod(lambda: "static")
    cm = classmethod(lambda cls: cls.__name__)


def read(o):
    return o.d


def write(o, v):
    o.d = v


h = Holder()
print(read(h), h.sm(), h.cm())
write(h, "in instance")
print(read(h), vars(h))


def setter(self, obj, value):
    print("descriptor __set__", value)


Plain.__set__ = setter
print(read(h))
write(h, "again")
print(vars(h))
del Plain.__set__
print(read(h))

# A default that becomes a property, and back.
c = Counter()
c.count = 5
Counter.count = property(lambda self: "property count")
print(c.count)
try:
    c.count = 6
except AttributeError as e:
    print("AttributeError:", e)
Counter.count = 0
print(c.count, Counter().count)
