def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
class Res:
    async def __aenter__(self):
        print("open")
        return [1, 2, 3]
    async def __aexit__(self, *a):
        print("close")

async def rows():
    async with Res() as data:
        for d in data:
            yield d

async def main():
    async for r in rows():
        print("row", r)
    g = rows()
    print("first", await g.__anext__())
    await g.aclose()

run(main())
