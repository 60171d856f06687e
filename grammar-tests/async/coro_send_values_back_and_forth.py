class Channel:
    def __await__(self):
        return (yield "need value")

async def accumulate():
    total = 0
    for _ in range(3):
        total += await Channel()
    return total

c = accumulate()
print(c.send(None))
print(c.send(1))
print(c.send(2))
try:
    c.send(3)
except StopIteration as e:
    print("total", e.value)
