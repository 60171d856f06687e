def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
async def gen():
    yield 1

g = gen()
for aw in [g.__anext__(), g.asend(None), g.athrow(ValueError), g.aclose()]:
    print(type(aw).__name__, hasattr(aw, "__await__"), hasattr(aw, "send"), hasattr(aw, "throw"), hasattr(aw, "close"))
    aw.close()
print(g.__aiter__() is g)
