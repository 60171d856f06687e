def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
class Wait:
    def __await__(self):
        yield "w"

async def gen():
    await Wait()
    yield 1

g = gen()
print(g.__name__, g.__qualname__, g.ag_running, g.ag_await, g.ag_code.co_name, g.ag_frame is not None)
a = g.__anext__()
print(a.send(None))
print(g.ag_running, type(g.ag_await).__name__)
try:
    a.send(None)
except StopIteration as e:
    print("yielded", e.value)
print(g.ag_running, g.ag_await)
run(g.aclose())
print(g.ag_frame)
