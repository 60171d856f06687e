async def g():
    yield 1
    yield 2
async def f():
    return [[y async for y in g()] for x in range(2)], {x: [y async for y in g()] for x in "ab"}
c = f()
try:
    c.send(None)
except StopIteration as e:
    print(e.value)
