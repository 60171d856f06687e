# __getattr__ is the fallback; __getattribute__ sees everything; __setattr__/__delattr__ hooks.
class Fallback:
    real = 1

    def __getattr__(self, name):
        if name.startswith("x"):
            return "dyn:" + name
        raise AttributeError(f"no {name}")


f = Fallback()
print(f.real, f.xyz, getattr(f, "xa"), hasattr(f, "nope"), getattr(f, "nope", "dflt"))
try:
    f.nope
except AttributeError as e:
    print(e)


class Everything:
    def __init__(self):
        self.a = 1

    def __getattribute__(self, name):
        if name == "secret":
            return "intercepted"
        return object.__getattribute__(self, name)

    def __getattr__(self, name):
        return "fallback " + name


e = Everything()
print(e.a, e.secret, e.other)


class Guard:
    def __setattr__(self, name, value):
        print("setattr", name, value)
        if name == "ro":
            raise AttributeError("read-only")
        super().__setattr__(name, value * 2)

    def __delattr__(self, name):
        print("delattr", name)
        object.__delattr__(self, name)


g = Guard()
g.x = 5
print(g.x, g.__dict__)
try:
    g.ro = 1
except AttributeError as e:
    print(e)
del g.x
print(hasattr(g, "x"))
try:
    del g.x
except AttributeError as e:
    print(e)


class Raises:
    def __getattr__(self, name):
        raise KeyError(name)


try:
    hasattr(Raises(), "q")
except KeyError as e:
    print("KeyError propagates", e)
try:
    object().attr = 1
except AttributeError as e:
    print(e)
try:
    (1).real = 5
except AttributeError as e:
    print(e)
