def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
class M:
    async def __aenter__(self):
        print("enter")
    async def __aexit__(self, *a):
        print("exit", a[0])

async def gen():
    async with M():
        yield 1
        yield 2

async def main():
    async for v in gen():
        print(v)
        break
    print("loop broken")

run(main())
