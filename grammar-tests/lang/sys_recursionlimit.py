# getrecursionlimit/setrecursionlimit: the default, raising it, lowering it, and its errors.
import sys

print(sys.getrecursionlimit())


def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)


def deepest():
    n = 0
    def go():
        nonlocal n
        n += 1
        go()
    try:
        go()
    except RecursionError as e:
        return n, str(e)


sys.setrecursionlimit(200)
print(sys.getrecursionlimit())
n, msg = deepest()
print(150 < n < 200, msg)
try:
    depth(500)
except RecursionError:
    print("depth 500 fails at limit 200")
sys.setrecursionlimit(3000)
print(depth(2500), sys.getrecursionlimit())
for bad in [0, -5, "100", 1.5, None]:
    try:
        sys.setrecursionlimit(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    sys.setrecursionlimit()
except TypeError as e:
    print("TypeError", type(e).__name__)
try:
    sys.getrecursionlimit(1)
except TypeError as e:
    print("TypeError:", e)
print(sys.getrecursionlimit())
sys.setrecursionlimit(1000)
print(deepest()[0] < 1000)
