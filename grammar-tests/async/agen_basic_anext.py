def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
async def count(n):
    for i in range(n):
        yield i

async def main():
    g = count(3)
    print(repr(g).split(" at ")[0])
    print(await g.__anext__())
    print(await g.__anext__())
    print(await anext(g))
    try:
        await g.__anext__()
    except StopAsyncIteration as e:
        print("StopAsyncIteration", repr(e))
    try:
        await anext(g)
    except StopAsyncIteration:
        print("still exhausted")

run(main())
