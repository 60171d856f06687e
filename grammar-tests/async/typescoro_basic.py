import types

@types.coroutine
def switch():
    got = yield "switch"
    return got

async def main():
    a = await switch()
    b = await switch()
    return a, b

c = main()
print(c.send(None))
print(c.send("first"))
try:
    c.send("second")
except StopIteration as e:
    print(e.value)
