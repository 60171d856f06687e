def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
import sys
sys.setrecursionlimit(200)

async def down(n):
    if n == 0:
        return 0
    return 1 + await down(n - 1)

print(run(down(100)))
try:
    run(down(1000))
except RecursionError as e:
    print("RecursionError", e)
