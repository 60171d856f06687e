class Tick:
    def __await__(self):
        return (yield "tick")

class Slow:
    def __init__(self):
        self.n = 0
    def __aiter__(self):
        return self
    async def __anext__(self):
        got = await Tick()
        self.n += 1
        if self.n > 2:
            raise StopAsyncIteration
        return (self.n, got)

async def main():
    async for v in Slow():
        print("item", v)
    return "done"

c = main()
steps = 0
try:
    value = c.send(None)
    while True:
        print("loop saw", value)
        steps += 1
        value = c.send(f"answer{steps}")
except StopIteration as e:
    print(e.value, steps)
