def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
async def gen():
    yield 1

async def main():
    g = gen()
    try:
        await g.asend("x")
    except TypeError as e:
        print(e)
    print(await g.asend(None))

run(main())
