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
a = g.__anext__()
a.send(None)
c = g.aclose()
try:
    c.send(None)
except RuntimeError as e:
    print(e)
a.close()
