def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
async def gen():
    try:
        yield 1
    except ValueError as e:
        print("gen caught", e)
        yield "after-catch"
    yield "last"

async def main():
    g = gen()
    print(await g.__anext__())
    print(await g.athrow(ValueError("v")))
    print(await g.__anext__())
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("done")

run(main())
