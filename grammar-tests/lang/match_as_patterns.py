# `pattern as name` binds the part of the subject the pattern matched.
def examine(v):
    match v:
        case [(1 | 2) as small, *rest] as whole:
            return f"small={small} rest={rest} whole={whole}"
        case {"inner": [x, y] as pair} as outer:
            return f"pair={pair} x={x} y={y} outer keys={list(outer)}"
        case str() as s if len(s) > 3:
            return f"long str {s}"
        case (int() | float()) as number:
            return f"number {number}"
        case _ as anything:
            return f"anything {anything!r}"

for v in [[1, 9, 8], [2], [3, 4], {"inner": (5, 6), "other": 0}, {"inner": [5]}, "hello",
          "hi", 7, 7.5, None]:
    print(examine(v))

# `as` on a capture: both names are the same object.
match [1, 2]:
    case x as y:
        print(x is y, x)

# Nested as-patterns.
match (1, (2, 3)):
    case (a, ((b, c) as inner) as middle) as outer:
        print(a, b, c, inner, middle, outer)
