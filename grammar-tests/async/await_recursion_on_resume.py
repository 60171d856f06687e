import sys

class Tick:
    def __await__(self):
        yield

async def level(n):
    if n == 0:
        await Tick()
        return 0
    return 1 + await level(n - 1)

sys.setrecursionlimit(100)
c = level(50)
c.send(None)
try:
    c.send(None)
except StopIteration as e:
    print("resumed", e.value)
try:
    level(150).send(None)
except RecursionError as e:
    print("RecursionError:", e)
