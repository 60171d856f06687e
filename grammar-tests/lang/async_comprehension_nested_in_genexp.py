async def g():
    yield 1
    yield 2
async def f():
    ge = ([y async for y in g()] for x in range(2))
    print(type(ge).__name__)
    return [v async for v in ge]
c = f()
try:
    c.send(None)
except StopIteration as e:
    print(e.value)
