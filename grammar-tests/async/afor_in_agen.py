def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
async def source():
    for i in range(4):
        yield i

async def evens():
    async for x in source():
        if x % 2 == 0:
            yield x * 10

async def main():
    async for y in evens():
        print(y)

run(main())
