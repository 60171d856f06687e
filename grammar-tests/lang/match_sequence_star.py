# Star patterns: the starred capture is always a list, whatever the subject's type.
def split(v):
    match v:
        case [first, *middle, last]:
            return ("first/middle/last", first, middle, last)
        case [only]:
            return ("only", only)
        case []:
            return ("empty",)

for v in [[1, 2, 3, 4], (1, 2), "ab", [9], (), range(5)]:
    print(repr(v), "->", split(v))

def heads(v):
    match v:
        case [*init, "end"]:
            return ("ends with end", init)
        case ["start", *rest]:
            return ("starts with start", rest)
        case [a, b, *_]:
            return ("at least two", a, b)
        case [*_, z]:
            return ("at least one", z)
        case [*everything]:
            return ("anything", everything)

for v in [["a", "end"], ["start", 1, 2], ("start",), [1, 2, 3], [7], []]:
    print(repr(v), "->", heads(v))

# *_ in the middle with items at both ends.
match tuple(range(10)):
    case (a, b, *_, y, z):
        print(a, b, y, z)

# Too short for the fixed items around the star.
match [1]:
    case [a, *_, b]:
        print("matched?!")
    case _:
        print("too short")
