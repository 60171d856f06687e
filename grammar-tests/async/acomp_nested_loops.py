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
    print([(i, j) async for i in agen(3) for j in range(i)])
    print([(i, j) for i in range(3) async for j in agen(i)])
    print([[j async for j in agen(i)] async for i in agen(3)])

run(main())
