# A suspended chain deeper than the recursion limit raises RecursionError when resumed.
import sys

class Tick:
    def __await__(self):
        yield 1
        yield 2
        yield 3

async def level(n):
    try:
        if n == 0:
            await Tick()
            return 0
        return 1 + await level(n - 1)
    finally:
        if n % 10 == 0 or n < 3:
            print("finally", n)

c = level(60)
print(c.send(None))
sys.setrecursionlimit(40)
try:
    c.send(None)
except RecursionError as e:
    print("RecursionError:", e)
print(c.cr_running, c.cr_suspended, c.cr_await)
sys.setrecursionlimit(1000)
try:
    print(c.send(None))
except RuntimeError as e:
    print("RuntimeError:", e)

d = level(30)
print(d.send(None))
print(d.send(None))
try:
    d.send(None)
except StopIteration as e:
    print("returned", e.value)
