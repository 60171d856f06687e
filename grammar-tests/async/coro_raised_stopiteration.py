async def bad():
    raise StopIteration(5)

try:
    bad().send(None)
except RuntimeError as e:
    print(type(e).__name__, e)
    print(repr(e.__cause__))

async def bad2():
    next(iter([]))

try:
    bad2().send(None)
except RuntimeError as e:
    print(e, type(e.__cause__).__name__)
