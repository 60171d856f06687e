class W:
    def __await__(self):
        yield

async def ag():
    try:
        yield 1
    finally:
        await W()
        print("after await in finally")

async def main():
    g = ag()
    await g.__anext__()
    await g.aclose()
    print("main done")

c = main()
n = 0
try:
    while True:
        c.send(None)
        n += 1
except StopIteration:
    print("steps", n)
