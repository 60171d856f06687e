def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
async def agen(n):
    for i in range(n):
        yield i

async def outer():
    squares = [x * x async for x in agen(4)]
    yield squares
    yield {k: v async for k, v in pairs()}

async def pairs():
    yield "a", 1
    yield "b", 2

async def main():
    async for part in outer():
        print(part)

run(main())
