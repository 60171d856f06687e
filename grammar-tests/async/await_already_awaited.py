def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
class Wait:
    def __await__(self):
        yield

async def inner():
    await Wait()

shared = inner()

async def first():
    await shared

async def second():
    await shared

a = first()
a.send(None)
b = second()
try:
    b.send(None)
except RuntimeError as e:
    print(e)
a.close()
