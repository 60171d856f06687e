def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
async def double(x):
    return 2 * x

async def main():
    print([await double(x) for x in range(4)])
    print({await double(x) for x in range(3)})
    print({x: await double(x) for x in range(3)})
    print([await double(x) async for x in arange(3)])

async def arange(n):
    for i in range(n):
        yield i

run(main())
