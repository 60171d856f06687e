# Exceptions raised while matching (by __eq__, __len__, an attribute) propagate out of the
# match statement to the enclosing handler.
class Bad:
    def __eq__(self, other):
        raise ValueError(f"cannot compare with {other!r}")

    __hash__ = None

try:
    match Bad():
        case 1:
            print("unreachable")
except ValueError as e:
    print("ValueError:", e)

class BadLen(list):
    def __len__(self):
        raise RuntimeError("no length today")

try:
    match BadLen([1, 2]):
        case [x, y]:
            print("unreachable")
except RuntimeError as e:
    print("RuntimeError:", e)

# [*rest] needs no length, so it still matches.
match BadLen([1, 2]):
    case [*rest]:
        print("rest without len():", rest)

def inside_function():
    try:
        match {"a": Bad()}:
            case {"a": 5}:
                return "unreachable"
    except ValueError as e:
        return f"caught in the function: {e}"
    finally:
        print("finally runs")

print(inside_function())

# The exception's context is the one being handled, as for any raise.
try:
    try:
        raise KeyError("first")
    except KeyError:
        match Bad():
            case "x":
                pass
except ValueError as e:
    print(repr(e), "context:", repr(e.__context__))
