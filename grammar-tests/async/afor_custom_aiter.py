def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
class Ticker:
    def __init__(self, n):
        self.n = n
        self.i = 0
    def __aiter__(self):
        print("__aiter__ called")
        return self
    async def __anext__(self):
        if self.i >= self.n:
            print("stopping")
            raise StopAsyncIteration
        self.i += 1
        return self.i

async def main():
    async for v in Ticker(3):
        print("got", v)

run(main())
