def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
async def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2

async def main():
    g = stubborn()
    await g.__anext__()
    try:
        await g.aclose()
    except RuntimeError as e:
        print(type(e).__name__, e)

run(main())
