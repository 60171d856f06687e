# The subject is evaluated once; cases are tried top to bottom, and inside a pattern the
# checks run left to right, stopping at the first failure.
class Traced:
    def __init__(self, name):
        self.name = name

    def __eq__(self, other):
        print(f"  {self.name} == {other!r}")
        return other == self.name

    __hash__ = None

def subject():
    print("  evaluating the subject")
    return [Traced("a"), Traced("b"), Traced("c")]

match subject():
    case ["x", _, _]:
        print("unreachable")
    case ["a", "x", _]:
        print("unreachable")
    case ["a", "b", "c"]:
        print("matched all three")

class Sized(list):
    def __len__(self):
        print("  __len__")
        return list.__len__(self)

# One length check per sequence pattern that needs one.
match Sized([1, 2]):
    case [_]:
        print("unreachable")
    case [_, _, _, *_]:
        print("unreachable")
    case [*_]:
        print("no length check needed for [*_]")

# Mapping patterns: the length check, then the keys in order.
class Tracing(dict):
    def get(self, key, default=None):
        print("  get", key)
        return dict.get(self, key, default)

    def __len__(self):
        print("  __len__")
        return dict.__len__(self)

match Tracing(a=1, b=2):
    case {"a": 1, "z": _}:
        print("unreachable")
    case {"a": 2}:
        print("unreachable")
    case {"b": 2, "a": 1}:
        print("matched")
