def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
async def gen():
    print("body never runs")
    yield 1

async def main():
    g = gen()
    try:
        await g.athrow(ValueError("early"))
    except ValueError as e:
        print("raised", e)
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("and it is finished")

run(main())
