def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
async def gen():
    try:
        yield 1
        yield 2
    finally:
        print("finally in gen")

async def main():
    g = gen()
    print(await g.__anext__())
    print(await g.aclose())
    print(await g.aclose())
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("closed")
    g2 = gen()
    await g2.aclose()
    print("unstarted aclose ok")

run(main())
