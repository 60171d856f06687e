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
    async for x in agen(3):
        print("item", x)
    else:
        print("else after full loop")
    async for x in agen(0):
        print("never")
    else:
        print("else on empty")
    async for x in agen(3):
        if x == 1:
            break
    else:
        print("not printed")
    print("after break, x =", x)

run(main())
