def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
class Wait:
    def __await__(self):
        yield

async def gen():
    await Wait()
    yield 1

g = gen()
a1 = g.__anext__()
a1.send(None)
a2 = g.__anext__()
try:
    a2.send(None)
except RuntimeError as e:
    print(e)
try:
    a1.send(None)
except StopIteration as e:
    print("first finished", e.value)
