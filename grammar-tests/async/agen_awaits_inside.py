class Tick:
    def __init__(self, n):
        self.n = n
    def __await__(self):
        return (yield ("tick", self.n))

async def ticker():
    for i in range(2):
        got = await Tick(i)
        yield ("item", i, got)

g = ticker()
aw = g.__anext__()
print(aw.send(None))
try:
    aw.send("sent-0")
except StopIteration as e:
    print("item out:", e.value)
aw = g.__anext__()
print(aw.send(None))
try:
    aw.send("sent-1")
except StopIteration as e:
    print("item out:", e.value)
aw = g.__anext__()
try:
    aw.send(None)
except StopAsyncIteration:
    print("no more")
