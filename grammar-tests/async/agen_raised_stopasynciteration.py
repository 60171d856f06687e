def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
async def bad():
    yield 1
    raise StopAsyncIteration

async def bad2():
    raise StopIteration
    yield

async def main():
    g = bad()
    await g.__anext__()
    try:
        await g.__anext__()
    except RuntimeError as e:
        print(e, type(e.__cause__).__name__)
    try:
        await bad2().__anext__()
    except RuntimeError as e:
        print(e)

run(main())
