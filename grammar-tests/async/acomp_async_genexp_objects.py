# Async generator expressions as objects: names, asend/athrow/anext, one made in a sync function.
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
async def src():
    yield 1; yield 2
async def main():
    g = (x async for x in src())
    print(g.__name__, g.__qualname__, g.ag_code.co_name)
    print(await g.asend(None))
    try:
        await g.athrow(ValueError('into genexp'))
    except ValueError as e:
        print('VE', e)
    print(await anext(g, 'exhausted'))
    lc = [x async for x in src()]
    c = (lambda: [1])
    print(lc)
    g2 = (await w(x) for x in range(2))
    print(g2.__qualname__, [v async for v in g2])
async def w(x): return x * 3
run(main())
def sync_outer():
    return (x async for x in src())
g3 = sync_outer()
print(type(g3).__name__, g3.__qualname__)
print(run(g3.__anext__()))
