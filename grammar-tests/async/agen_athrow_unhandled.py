def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
async def gen():
    try:
        yield 1
    finally:
        print("cleanup")

async def main():
    g = gen()
    await g.__anext__()
    try:
        await g.athrow(KeyError("k"))
    except KeyError as e:
        print("propagated", repr(e))
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("closed now")

run(main())
