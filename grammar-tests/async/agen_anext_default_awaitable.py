def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
class Wait:
    def __await__(self):
        yield "w"

class SlowEnd:
    def __aiter__(self):
        return self
    async def __anext__(self):
        await Wait()
        raise StopAsyncIteration

async def gen():
    yield 1

aw = anext(gen(), "default")
print(type(aw).__name__)
print(hasattr(aw, "send"), hasattr(aw, "throw"), hasattr(aw, "close"), hasattr(aw, "__await__"))
print(run(aw.__await__()))

async def main():
    return await anext(SlowEnd(), "fallback")

c = main()
print(c.send(None))
try:
    c.send(None)
except StopIteration as e:
    print(e.value)
