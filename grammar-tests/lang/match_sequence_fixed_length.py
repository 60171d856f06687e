# Sequence patterns without a star need the exact length; [] and () patterns mean the same.
def shape(v):
    match v:
        case []:
            return "empty"
        case [x]:
            return f"one: {x!r}"
        case (x, y):
            return f"two: {x!r} {y!r}"
        case [x, y, z]:
            return f"three: {x!r} {y!r} {z!r}"
        case [[a, b], [c, d]]:
            return f"2x2: {a}{b}{c}{d}"
        case _:
            return "other"

for v in [[], (), [1], (1,), [1, 2], (1, 2), [1, 2, 3], (1, 2, 3), [[1, 2], [3, 4]],
          [1, 2, 3, 4], range(3), range(0), range(10, 12)]:
    print(repr(v), "->", shape(v))

# Sub-patterns are literal checks too.
def point(p):
    match p:
        case (0, 0):
            return "origin"
        case (0, y):
            return f"y axis at {y}"
        case (x, 0):
            return f"x axis at {x}"
        case (x, y):
            return f"at {x},{y}"

for p in [(0, 0), (0, 3), (4, 0), (5, 6), [0, 0]]:
    print(p, point(p))
