def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
async def gen():
    try:
        yield 1
    except Exception as e:
        yield repr(e)

async def main():
    g = gen()
    await g.__anext__()
    print(await g.athrow(ValueError, ValueError("inst"), None))
    g = gen()
    await g.__anext__()
    print(await g.athrow(TypeError, "msg"))
    g = gen()
    await g.__anext__()
    print(await g.athrow(IndexError))

run(main())
