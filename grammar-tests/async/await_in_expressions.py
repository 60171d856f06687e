def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
async def num(x):
    return x

async def main():
    a = await num(1) + await num(2) * 3
    b = [await num(i) for i in range(3)]
    c = {await num("k"): await num("v")}
    d = (await num(5), -await num(6))
    e = await num(10) if await num(True) else 0
    f = not await num(False)
    g = await num([1, 2, 3])
    h = g[await num(1)]
    i = (lambda: 1)() + await num(1)
    print(a, b, c, d, e, f, h, i)
    print(await num("print arg"), sep=await num("-"))
    assert await num(True), "never"
    return await num("end")

print(run(main()))
