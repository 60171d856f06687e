# setrecursionlimit refuses a limit at or below the current depth (which counts the call itself).
import sys


def at_depth(n, limit):
    if n > 1:
        return at_depth(n - 1, limit)
    try:
        sys.setrecursionlimit(limit)
        return "ok", sys.getrecursionlimit()
    except RecursionError as e:
        return "RecursionError", str(e)


for frames, limit in [(1, 2), (1, 3), (1, 4), (5, 6), (5, 7), (5, 8), (20, 22), (20, 30)]:
    print(frames, limit, at_depth(frames, limit))
    sys.setrecursionlimit(1000)
try:
    sys.setrecursionlimit(2)
except RecursionError as e:
    print(e)
sys.setrecursionlimit(50)
print(sys.getrecursionlimit())
