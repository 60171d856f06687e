def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
async def gen():
    yield "a"
    yield "b"

async def main():
    g = gen()
    it = aiter(g)
    print(it is g)
    print(await anext(it))
    print(await anext(it, "default"))
    print(await anext(it, "default"))
    print(await anext(it, None))
    try:
        await anext(it)
    except StopAsyncIteration:
        print("StopAsyncIteration")

run(main())
