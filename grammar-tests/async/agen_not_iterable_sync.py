async def gen():
    yield 1

g = gen()
try:
    iter(g)
except TypeError as e:
    print(e)
try:
    for x in g:
        pass
except TypeError as e:
    print(e)
try:
    next(g)
except TypeError as e:
    print(e)
