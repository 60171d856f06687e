def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
async def echo():
    received = []
    while True:
        x = yield len(received)
        if x is None:
            break
        received.append(x)
    print("received", received)
    yield "end"

async def main():
    g = echo()
    print(await g.asend(None))
    print(await g.asend("a"))
    print(await g.asend("b"))
    print(await g.asend(None))
    try:
        await g.asend("late")
    except StopAsyncIteration:
        print("exhausted")

run(main())
