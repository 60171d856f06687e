import types

class Tick:
    def __await__(self):
        return (yield "tick")

async def native(x):
    got = await Tick()
    return x + got

@types.coroutine
def legacy():
    result = yield from native(10)
    return result * 2

async def main():
    return await legacy()

c = main()
print(c.send(None))
try:
    c.send(5)
except StopIteration as e:
    print(e.value)
