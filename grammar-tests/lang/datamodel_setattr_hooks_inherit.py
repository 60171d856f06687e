# __setattr__ affects __init__ assignments; __getattribute__ affects method lookup; super() skips hooks.
class Logged:
    def __init__(self):
        self.a = 1
        self.b = 2

    def __setattr__(self, name, value):
        print("set", name, value)
        object.__setattr__(self, name, value)

    def method(self):
        return "method"


class Child(Logged):
    def __getattribute__(self, name):
        if name == "method":
            return lambda: "intercepted method"
        return super().__getattribute__(name)


c = Child()
print(c.a, c.b, c.method())
c.c = 3
print(vars(c))


class ReadOnly:
    __slots__ = ()

    def __setattr__(self, name, value):
        raise AttributeError(f"{type(self).__name__} is read-only")


try:
    ReadOnly().x = 1
except AttributeError as e:
    print(e)


class Counter:
    def __init__(self):
        object.__setattr__(self, "count", 0)

    def __getattr__(self, name):
        object.__setattr__(self, "count", self.count + 1)
        return name * 2


k = Counter()
print(k.ab, k.cd, k.count)
