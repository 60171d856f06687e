def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
class Source:
    def __init__(self, items):
        self.items = items
    async def stream(self, scale):
        for it in self.items:
            yield it * scale

def make(limit):
    async def upto():
        for i in range(limit):
            yield i
    return upto

async def main():
    s = Source([1, 2])
    print([x async for x in s.stream(10)])
    print([x async for x in make(3)()])
    print(s.stream(1).__qualname__, make(1)().__qualname__)

run(main())
