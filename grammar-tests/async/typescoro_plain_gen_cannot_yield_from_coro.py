import types

async def native():
    return 1

def plain():
    return (yield from native())

@types.coroutine
def marked():
    return (yield from native())

try:
    next(plain())
except TypeError as e:
    print(e)
try:
    next(marked())
except StopIteration as e:
    print("marked ok", e.value)
