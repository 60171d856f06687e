# A missing attribute makes a class pattern fail quietly; other errors propagate.
class Lazy:
    __match_args__ = ("ready", "value")

    @property
    def ready(self):
        print("  reading ready")
        return True

    @property
    def value(self):
        print("  reading value")
        raise AttributeError("value is not computed yet")

match Lazy():
    case Lazy(True, v):
        print("matched?!")
    case Lazy(True):
        print("only the first attribute needed")

class Broken:
    @property
    def boom(self):
        raise RuntimeError("boom")

try:
    match Broken():
        case Broken(boom=_):
            print("matched?!")
except RuntimeError as e:
    print("RuntimeError:", e)

class Dynamic:
    def __getattr__(self, name):
        print("  __getattr__", name)
        if name.startswith("ok"):
            return name.upper()
        raise AttributeError(name)

match Dynamic():
    case Dynamic(ok_one=a, missing=b):
        print("matched?!")
    case Dynamic(ok_two=a):
        print("got", a)

# Attributes are fetched in order: the first missing one stops the lookups.
class Order:
    __match_args__ = ("a", "b", "c")

    def __getattribute__(self, name):
        print("  get", name)
        if name == "b":
            raise AttributeError(name)
        return name

match Order():
    case Order(_, _, _):
        print("matched?!")
    case _:
        print("stopped at b")
