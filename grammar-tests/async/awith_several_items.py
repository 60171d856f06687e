def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
class M:
    def __init__(self, n):
        self.n = n
    async def __aenter__(self):
        print("enter", self.n)
        return self.n
    async def __aexit__(self, *exc):
        print("exit", self.n, exc[0])

async def main():
    async with M(1) as a, M(2) as b, M(3):
        print("body", a, b)
    try:
        async with M(4), M(5):
            raise KeyError("k")
    except KeyError:
        print("KeyError passed through")

run(main())
