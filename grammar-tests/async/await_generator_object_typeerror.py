def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
def gen():
    yield 1

async def f():
    await gen()

try:
    run(f())
except TypeError as e:
    print(e)
