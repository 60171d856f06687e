def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
async def gen():
    try:
        for i in range(5):
            yield i
    finally:
        print("gen cleanup")

async def main():
    g = gen()
    async for v in g:
        if v == 1:
            break
    print("broke at", v)
    await g.aclose()
    print("after aclose")

run(main())
