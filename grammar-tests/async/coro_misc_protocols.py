# super() in async methods, non-callable __await__, awaitable __aexit__, __anext__/__aiter__ errors, closures over loop variables.
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
class W:
    def __await__(self):
        x = yield 'w'
        return x
class Base:
    async def hello(self):
        return 'base'
class Child(Base):
    async def hello(self):
        r = await super().hello()
        return 'child+' + r
print(run(Child().hello()))
class NotCallable:
    __await__ = 5
async def m1():
    try:
        await NotCallable()
    except TypeError as e:
        print('TE', e)
run(m1())
# __aexit__ returning awaitable yielding truthy
class Sup:
    async def __aenter__(self): return 1
    def __aexit__(self, *a):
        return self._ret()
    async def _ret(self):
        await W()
        return True
async def m2():
    async with Sup():
        raise ValueError
    return 'suppressed after suspend'
c = m2(); print(c.send(None))
try: c.send(None)
except StopIteration as e: print(e.value)
# __anext__ raising other exception
class Bad:
    def __aiter__(self): return self
    async def __anext__(self): raise KeyError('anext')
async def m3():
    try:
        async for x in Bad(): pass
    except KeyError as e: print('KeyError', e)
run(m3())
# StopAsyncIteration from __anext__ with else
class Empty:
    def __aiter__(self): return self
    async def __anext__(self): raise StopAsyncIteration('x')
async def m4():
    async for x in Empty(): pass
    else: print('else ran')
run(m4())
# generator-based: await in genexp inside async def consumed via async for
# exception in __aiter__
class BadAiter:
    def __aiter__(self): raise ValueError('aiter boom')
async def m5():
    try:
        async for x in BadAiter(): pass
    except ValueError as e: print('VE', e)
run(m5())
# async with: __aenter__ returns non-awaitable error message
# coroutine: f_back of cr_frame
async def m6(): await W()
c = m6(); c.send(None); print(c.cr_frame.f_back); c.close()
# nested function async closure capturing loop var
async def m7():
    fs = []
    for i in range(3):
        async def f(i=i): return i
        fs.append(f)
    return [await f() for f in fs]
print(run(m7()))
# async def returns tuple with starred await
async def m8():
    return (*[await m7_one(x) for x in range(2)],)
async def m7_one(x): return x*10
print(run(m8()))
# coroutine close returns value? (3.11 returns None)
async def m9():
    try:
        await W()
    except GeneratorExit:
        return 'ret on close'
c = m9(); c.send(None); print(c.close())
# 'await' of a coroutine that was closed
async def m10(): return 1
cc = m10(); cc.close()
async def m11():
    return await cc
try: run(m11())
except RuntimeError as e: print(e)
# exceptions group? skip. coroutine type checks
import types
print(isinstance(m10, types.FunctionType), type(cc) is types.CoroutineType)
# iscoroutine-like checks
print(hasattr(cc, '__await__'), hasattr(cc, '__iter__'))
