import types

def plain_gen():
    yield 1

marked = types.coroutine(plain_gen)
print(bool(marked.__code__.co_flags & 0x100))
print(marked.__name__, marked.__qualname__)
g = marked()
print(type(g).__name__, type(g) is types.GeneratorType)
print(next(g))

async def native():
    pass
print(types.coroutine(native) is native)
try:
    types.coroutine(5)
except TypeError as e:
    print(e)
