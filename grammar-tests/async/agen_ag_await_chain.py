class Wait:
    def __await__(self):
        yield "w"

async def inner():
    await Wait()

async def gen():
    await inner()
    yield 1

g = gen()
aw = g.__anext__()
print(aw.send(None))
print(g.ag_await.__qualname__, type(g.ag_await.cr_await).__name__)
aw.close()
