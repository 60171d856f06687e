def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
async def gen():
    try:
        yield 1
    except GeneratorExit:
        print("got GeneratorExit")
        raise

async def main():
    g = gen()
    await g.__anext__()
    try:
        await g.athrow(GeneratorExit)
    except GeneratorExit:
        print("GeneratorExit propagated")

run(main())
