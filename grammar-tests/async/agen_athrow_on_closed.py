def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
async def gen():
    yield 1

async def main():
    g = gen()
    await g.aclose()
    try:
        await g.athrow(ValueError("closed"))
    except StopAsyncIteration:
        print("StopAsyncIteration from closed agen")
    except ValueError as e:
        print("ValueError", e)
    g2 = gen()
    async for _ in g2:
        pass
    try:
        await g2.athrow(ValueError("exhausted"))
    except StopAsyncIteration:
        print("StopAsyncIteration from exhausted agen")
    except ValueError as e:
        print("ValueError", e)

run(main())
