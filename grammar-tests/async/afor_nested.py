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
    async for i in agen(3):
        async for j in agen(i):
            out.append((i, j))
    return out

print(run(main()))
