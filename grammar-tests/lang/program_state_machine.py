# A traffic/turnstile state machine driven by match statements over event tuples.


class InvalidTransition(Exception):
    pass


class Turnstile:
    def __init__(self):
        self.state = "locked"
        self.coins = 0
        self.passed = 0
        self.trace = []

    def handle(self, event):
        match (self.state, event):
            case ("locked", ("coin", int(amount))) if amount >= 25:
                self.coins += amount
                self.state = "unlocked"
            case ("locked", ("coin", int(amount))):
                self.coins += amount
                self.trace.append(f"need 25, got {amount}")
            case ("locked", "push"):
                self.trace.append("blocked")
            case ("unlocked", "push"):
                self.passed += 1
                self.state = "locked"
            case ("unlocked", ("coin", amount)):
                self.coins += amount
                self.trace.append(f"refund? {amount}")
            case (_, "break"):
                self.state = "broken"
            case ("broken", "repair"):
                self.state = "locked"
            case ("broken", _):
                raise InvalidTransition(f"broken turnstile ignores {event!r}")
            case (state, other):
                raise InvalidTransition(f"{state}: unknown event {other!r}")
        self.trace.append(self.state)


def parse_command(text):
    match text.split():
        case []:
            return ("noop",)
        case ["go", ("north" | "south" | "east" | "west") as direction]:
            return ("move", direction)
        case ["go", *rest]:
            return ("error", f"cannot go {' '.join(rest) or 'nowhere'}")
        case ["take", item, *more] if not more:
            return ("take", item)
        case ["take", *items]:
            return ("take-many", tuple(items))
        case [("quit" | "exit")]:
            return ("quit",)
        case [verb, *_]:
            return ("error", f"unknown verb {verb}")


t = Turnstile()
events = [("coin", 10), "push", ("coin", 25), ("coin", 5), "push", "push", "break", "repair",
          ("coin", 50), "push"]
for e in events:
    t.handle(e)
print(t.state, t.coins, t.passed)
print(t.trace)
for bad in ["dance", "break", "push"]:
    try:
        t.handle(bad)
        print("ok", bad, t.state)
    except InvalidTransition as e:
        print("invalid:", e)

for cmd in ["", "go north", "go up the hill", "go", "take lamp", "take a b c", "quit", "exit now",
            "look around"]:
    print(f"{cmd!r:18} -> {parse_command(cmd)}")


def describe(shape):
    match shape:
        case {"kind": "circle", "r": r}:
            return f"circle area {3 * r * r}"
        case {"kind": "rect", "w": w, "h": h} if w == h:
            return f"square {w}"
        case {"kind": "rect", "w": w, "h": h, **rest}:
            return f"rect {w}x{h} extra={rest}"
        case {"kind": kind}:
            return f"unknown kind {kind}"
        case _:
            return "not a shape"


for s in [{"kind": "circle", "r": 2}, {"kind": "rect", "w": 3, "h": 3},
          {"kind": "rect", "w": 2, "h": 5, "color": "red"}, {"kind": "blob"}, [1, 2]]:
    print(describe(s))
