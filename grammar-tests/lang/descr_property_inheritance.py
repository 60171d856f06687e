# Overriding a property in a subclass, extending with .setter on the parent's property, __set_name__ order.
class Base:
    @property
    def v(self):
        return "base"


class Child(Base):
    @Base.v.setter
    def v(self, value):
        print("child setter", value)


c = Child()
print(c.v)
c.v = 3
try:
    Base().v = 3
except AttributeError as e:
    print(e)


class Order:
    def __init__(self, tag):
        self.tag = tag

    def __set_name__(self, owner, name):
        print("set_name", self.tag, name, owner.__name__)


class Host:
    first = Order(1)
    second = Order(2)
    print("body done")


class Lazy:
    def __init__(self, fn):
        self.fn = fn

    def __get__(self, obj, owner):
        if obj is None:
            return self
        v = self.fn(obj)
        obj.__dict__[self.fn.__name__] = v
        return v


class Computed:
    calls = 0

    @Lazy
    def value(self):
        Computed.calls += 1
        return 99


x = Computed()
print(x.value, x.value, Computed.calls)
