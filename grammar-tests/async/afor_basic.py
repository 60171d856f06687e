def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
async def agen(n):
    for i in range(n):
        yield i
async def main():
    for_total = 0
    async for x in agen(5):
        for_total += x
    print(for_total)
    async for a, b in pairs():
        print(a, b)

async def pairs():
    yield 1, "one"
    yield 2, "two"

run(main())
