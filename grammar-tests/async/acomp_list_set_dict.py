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
    print([x * 2 async for x in agen(4)])
    print({x % 2 async for x in agen(5)})
    print({x: x * x async for x in agen(3)})
    print([x async for x in agen(6) if x % 2 if x > 1])

run(main())
