def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
async def agen(n):
    for i in range(n):
        yield i

async def main():
    g = (x + 100 async for x in agen(3))
    print(type(g).__name__, g.__name__)
    print(await g.__anext__())
    print([y async for y in g])
    g2 = (x for x in range(3) if await keep(x))
    print(type(g2).__name__)
    async for v in g2:
        print("kept", v)

async def keep(x):
    return x != 1

run(main())
