# Mapping patterns: the listed keys must be present (extra keys are fine); **rest collects
# the others into a new dict.
def handle(event):
    match event:
        case {"type": "click", "pos": (x, y)}:
            return f"click at {x},{y}"
        case {"type": "key", "key": str(k), **mods}:
            return f"key {k} with {mods}"
        case {"type": "resize", "size": {"w": w, "h": h}}:
            return f"resize to {w}x{h}"
        case {"type": t}:
            return f"unknown event {t}"
        case {}:
            return "a mapping without a type"
        case _:
            return "not a mapping"

events = [
    {"type": "click", "pos": (3, 4)},
    {"type": "click", "pos": (3, 4, 5)},
    {"pos": (1, 2), "type": "click", "extra": True},
    {"type": "key", "key": "q", "ctrl": True, "alt": False},
    {"type": "key", "key": 5},
    {"type": "resize", "size": {"w": 80, "h": 24, "depth": 8}},
    {"type": "scroll"},
    {"x": 1},
    {},
    [("type", "click")],
    "type",
]
for e in events:
    print(handle(e))

# The rest dict is a fresh copy; the subject is not changed.
d = {1: "a", 2: "b", 3: "c"}
match d:
    case {2: _, **rest}:
        rest[99] = "new"
        print(rest, d)

match {}:
    case {**rest}:
        print("empty rest:", rest, type(rest).__name__)

# Keys can be any literal or dotted name; 1 and True and 1.0 are the same key.
class K:
    one = 1

match {True: "t", None: "n", b"b": "bytes", -2: "neg", 2.5: "f"}:
    case {K.one: a, None: b, b"b": c, -2: d, 2.5: e}:
        print(a, b, c, d, e)
