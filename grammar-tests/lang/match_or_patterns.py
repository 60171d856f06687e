# Or-patterns try each alternative in turn; every alternative binds the same names, in
# whatever order it finds them.
def swap_aware(v):
    match v:
        case ("a", x, y) | ("b", y, x):
            return f"x={x} y={y}"
        case [x, [y, z]] | [[z, y], x] | {"x": x, "y": y, "z": z}:
            return f"x={x} y={y} z={z}"
        case 1 | 2 | 3:
            return "small"
        case "yes" | "y" | True:
            return "affirmative"
        case (0 | 1, 0 | 1) as bits:
            return f"bits {bits}"
        case _:
            return "other"

for v in [("a", 1, 2), ("b", 1, 2), [1, [2, 3]], [[3, 2], 1], {"z": 3, "y": 2, "x": 1},
          2, "y", True, 1.0, (0, 1), (1, 1), (2, 1), "no"]:
    print(repr(v), "->", swap_aware(v))

# Alternatives that bind nothing, nested inside a sequence.
match [3, "b"]:
    case [1 | 2 | 3, "a" | "b"]:
        print("nested alternatives matched")

# Or-pattern alternatives with captures in a class pattern.
class P:
    __match_args__ = ("a", "b")

    def __init__(self, a, b):
        self.a, self.b = a, b

for p in [P(1, "x"), P("y", 2), P(3, 4)]:
    match p:
        case P(int(n), str(s)) | P(str(s), int(n)):
            print("int and str:", n, s)
        case P(a, b):
            print("two of a kind:", a, b)

# When an alternative fails part way, the names of the alternative before are not kept.
match (5, 6):
    case (x, 7) | (6, x):
        print("matched?!")
    case _:
        print("no alternative matched")

# The last alternative may be irrefutable.
match 99:
    case 1 | _:
        print("fell through to the wildcard alternative")
