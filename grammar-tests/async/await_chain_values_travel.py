class Yield:
    def __init__(self, v):
        self.v = v
    def __await__(self):
        sent = yield self.v
        return sent

async def leaf(tag):
    a = await Yield(tag + "-1")
    b = await Yield(tag + "-2")
    return a + b

async def mid():
    x = await leaf("L")
    return "mid:" + x

async def top():
    r = await mid()
    return "top:" + r

c = top()
print(c.send(None))
print(c.send("A"))
try:
    c.send("B")
except StopIteration as e:
    print(e.value)
