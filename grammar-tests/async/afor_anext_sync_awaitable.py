def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
class Done:
    def __init__(self, v):
        self.v = v
    def __await__(self):
        if self.v is None:
            raise StopAsyncIteration
        return self.v
        yield

class Manual:
    def __init__(self):
        self.items = [1, 2, 3]
    def __aiter__(self):
        return self
    def __anext__(self):
        return Done(self.items.pop(0) if self.items else None)

async def main():
    async for v in Manual():
        print(v)

run(main())
