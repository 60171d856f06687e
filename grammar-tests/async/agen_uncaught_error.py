def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
async def gen():
    yield 1
    1 / 0

async def main():
    async for v in gen():
        print(v)

run(main())
