# athrow through an async for in an outer agen, a types.coroutine driving an asend awaitable, coroutines returning coroutines.
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
class W:
    def __await__(self):
        yield
# agen: await inside finally during aclose with exception
async def ag():
    try:
        yield 1
    finally:
        await W()
        print('after await in finally')
async def m1():
    g = ag()
    await g.__anext__()
    await g.aclose()
    print('m1 done')
c = m1()
n = 0
try:
    while True:
        c.send(None); n += 1
except StopIteration: print('steps', n)
# async for in agen with athrow forwarded
async def inner():
    try:
        yield 1
        yield 2
    except ValueError:
        yield 'inner caught'
async def outer():
    async for x in inner():
        yield x
async def m2():
    g = outer()
    print(await g.__anext__())
    try:
        print(await g.athrow(ValueError))
    except ValueError:
        print('ValueError at outer level')
run(m2())
# yield from inside types.coroutine of async gen asend
import types
@types.coroutine
def drive(aw):
    return (yield from aw.__await__())
async def m3():
    async def agx():
        yield 'via drive'
    return await drive(agx().__anext__())
print(run(m3()))
# coroutine returning a coroutine
async def make():
    async def inner(): return 'inner'
    return inner()
async def m4():
    c = await make()
    return await c
print(run(m4()))
# await expression precedence: await x ** 2
async def two(): return 2
async def m5():
    return await two() ** 3, -await two(), (await two()).bit_length()
print(run(m5()))
