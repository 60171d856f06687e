def gen():
    yield 1
async def f():
    return [v async for v in gen()]
c = f()
try:
    c.send(None)
except StopIteration:
    pass
