async def coro():
    return 1

def gen():
    yield from coro()

try:
    next(gen())
except TypeError as e:
    print(e)
