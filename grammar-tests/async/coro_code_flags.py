CO_GENERATOR, CO_COROUTINE, CO_ITERABLE_COROUTINE, CO_ASYNC_GENERATOR = 0x20, 0x80, 0x100, 0x200

async def coro():
    pass

async def agen():
    yield

def gen():
    yield

def plain():
    pass

for f in (coro, agen, gen, plain):
    fl = f.__code__.co_flags
    print(f.__name__, bool(fl & CO_COROUTINE), bool(fl & CO_ASYNC_GENERATOR), bool(fl & CO_GENERATOR), bool(fl & CO_ITERABLE_COROUTINE))
