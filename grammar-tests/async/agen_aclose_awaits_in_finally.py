def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
class Wait:
    def __await__(self):
        yield "from finally"

async def gen():
    try:
        yield 1
    finally:
        await Wait()
        print("async cleanup done")

g = gen()
run(g.__anext__())
closer = g.aclose()
print(closer.send(None))
try:
    closer.send(None)
except StopIteration as e:
    print("aclose finished", e.value)
