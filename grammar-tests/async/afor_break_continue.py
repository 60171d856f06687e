def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
async def agen(n):
    for i in range(n):
        yield i
async def main():
    out = []
    async for x in agen(10):
        if x % 2:
            continue
        if x > 6:
            break
        out.append(x)
    return out

print(run(main()))
