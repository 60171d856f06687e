# The builtin types bool, bytearray, bytes, dict, float, frozenset, int, list, set, str and
# tuple take one positional sub-pattern, matched against the subject itself.
def classify(v):
    match v:
        case bool(b):
            return f"bool {b}"
        case int(i):
            return f"int {i}"
        case float(f):
            return f"float {f}"
        case str(s):
            return f"str {s!r}"
        case bytes(b):
            return f"bytes {b!r}"
        case bytearray(b):
            return f"bytearray {b!r}"
        case list([first, *_]):
            return f"non-empty list starting with {first}"
        case list(l):
            return f"list {l}"
        case tuple(t):
            return f"tuple {t}"
        case dict({"k": v}):
            return f"dict with k={v}"
        case dict(d):
            return f"dict {d}"
        case set(s):
            return f"set {sorted(s)}"
        case frozenset(s):
            return f"frozenset {sorted(s)}"
        case _:
            return "other"

for v in [True, 3, 2.5, "s", b"b", bytearray(b"ba"), [1, 2], [], (1,), {"k": 9}, {"j": 1},
          {3, 1}, frozenset({2}), None, 3j]:
    print(repr(v), "->", classify(v))

# Subclasses of those types inherit the behaviour: the subject itself is matched.
class MyInt(int):
    pass

match MyInt(7):
    case MyInt(x):
        print("MyInt:", x, type(x).__name__)

match MyInt(8):
    case int(x):
        print("int() on a MyInt:", x, type(x).__name__)

# ...unless the subclass defines __match_args__.
class Celsius(float):
    __match_args__ = ("real", "imag")

match Celsius(21.5):
    case Celsius(r, i):
        print("Celsius attributes:", r, i, type(r).__name__)

# A type that does not match itself accepts no positional sub-pattern.
try:
    match 1 + 2j:
        case complex(c):
            print("matched?!")
except TypeError as e:
    print("TypeError:", e)

try:
    match range(3):
        case range(r):
            print("matched?!")
except TypeError as e:
    print("TypeError:", e)

# Two positional sub-patterns are too many even for int.
try:
    match 5:
        case int(a, b):
            print("matched?!")
except TypeError as e:
    print("TypeError:", e)

# bool is an int, but an int is not a bool.
match 1:
    case bool():
        print("1 is a bool?!")
    case int():
        print("1 is an int, not a bool")
