def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
class Bad:
    def __await__(self):
        return 42

async def f():
    await Bad()

try:
    run(f())
except TypeError as e:
    print(e)

class BadList:
    def __await__(self):
        return [1, 2]

async def g():
    await BadList()

try:
    run(g())
except TypeError as e:
    print(e)
