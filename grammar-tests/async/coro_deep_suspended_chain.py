class Tick:
    def __await__(self):
        return (yield "tick")

async def level(n):
    if n == 0:
        got = await Tick()
        return got
    return await level(n - 1)

c = level(500)
print(c.send(None))
try:
    c.send("up from 500")
except StopIteration as e:
    print(e.value)
