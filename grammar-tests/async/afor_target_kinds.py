def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
async def gen():
    yield [1, (2, 3)]
    yield [4, (5, 6)]

class Holder:
    pass

async def main():
    h = Holder()
    d = {}
    async for a, (b, c) in gen():
        print(a, b, c)
    async for h.attr in gen():
        pass
    print(h.attr)
    async for d["k"] in gen():
        pass
    print(d)
    async for first, *rest in gen():
        print(first, rest)

run(main())
