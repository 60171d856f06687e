class Tick:
    def __await__(self):
        return (yield "t")

async def slow_values():
    for i in range(2):
        await Tick()
        yield i

async def main():
    return [v async for v in slow_values()]

c = main()
n = 0
try:
    c.send(None)
    while True:
        n += 1
        c.send(None)
except StopIteration as e:
    print(e.value, n)
