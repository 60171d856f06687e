# Guards run after the pattern has bound its names; a failing guard moves on to the next case,
# and the names it bound stay bound.
def sign(n):
    match n:
        case int(x) if x < 0:
            return "negative"
        case int(x) if x == 0:
            return "zero"
        case int(x):
            return "positive"
        case _:
            return "not an int"

for n in [-5, 0, 5, 5.0]:
    print(n, sign(n))

trace = []

def check(label, result):
    trace.append(label)
    return result

match (1, 2):
    case (a, b) if check("first guard", False):
        print("unreachable")
    case (a, b) if check("second guard", a < b):
        print("second case, a and b are", a, b)
print(trace)

# The names bound before a failing guard survive the match.
match [10, 20]:
    case [p, q] if p > q:
        print("unreachable")
    case _:
        print("after a failed guard: p =", p, "q =", q)

# A guard can use a walrus; the name binds even when the case fails.
match 12:
    case n if (half := n // 2) > 10:
        print("unreachable")
    case n if (third := n // 3) == 4:
        print("half", half, "third", third)

# A guard on the final wildcard.
for v in [1, 2]:
    match v:
        case 5:
            print("five")
        case _ if v % 2:
            print(v, "odd, by the guarded default")
    print("after", v)

# A guard that raises propagates out of the match.
try:
    match 1:
        case x if 1 / 0:
            pass
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
