def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
class Countdown:
    def __init__(self, n):
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n

async def main():
    c = Countdown(3)
    print(await anext(c))
    print(await anext(c, "x"))
    print(await anext(c, "x"))
    print(await anext(c, "x"))
    async for v in Countdown(2):
        print("loop", v)

run(main())
