def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
import sys

async def forever(n):
    return await forever(n + 1)

try:
    run(forever(0))
except RecursionError as e:
    print(type(e).__name__, e)
print("recovered")

async def ok(n):
    if n == 0:
        return "bottom"
    return await ok(n - 1)

print(run(ok(500)))
