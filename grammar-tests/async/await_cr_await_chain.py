class Wait:
    def __await__(self):
        yield

async def leaf():
    await Wait()

async def mid():
    await leaf()

async def top():
    await mid()

c = top()
c.send(None)
x = c
while x is not None:
    name = getattr(x, "__qualname__", type(x).__name__)
    print(name)
    x = getattr(x, "cr_await", None)
c.close()
