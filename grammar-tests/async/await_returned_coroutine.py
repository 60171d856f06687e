def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
async def inner():
    return 1

class Sneaky:
    def __await__(self):
        return inner()

async def f():
    await Sneaky()

try:
    run(f())
except TypeError as e:
    print(e)
