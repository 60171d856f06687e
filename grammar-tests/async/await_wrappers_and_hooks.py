# Proxies through coroutine wrappers, firstiter errors, hooks captured at first iteration, cr_running of an outer coroutine.
import sys, types
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
# __await__ returning another coroutine's __await__()
async def inner():
    v = await W()
    return ('inner', v)
class Proxy:
    def __await__(self):
        return inner().__await__()
async def m1():
    return await Proxy()
c = m1()
print(c.send(None))
try: c.send('S')
except StopIteration as e: print(e.value)
# throw through wrapper
c = m1(); c.send(None)
try: c.throw(KeyError('k'))
except KeyError as e: print('KeyError through wrapper', e)
# close through wrapper
async def inner2():
    try:
        await W()
    finally:
        print('inner2 finally')
class Proxy2:
    def __await__(self):
        return inner2().__await__()
async def m2():
    await Proxy2()
c = m2(); c.send(None); c.close(); print('closed m2')
# __await__ as generator function that yields from coroutine wrapper
class Proxy3:
    def __await__(self):
        r = yield from inner().__await__()
        return r
async def m3():
    return await Proxy3()
c = m3(); print(c.send(None))
try: c.send('T')
except StopIteration as e: print(e.value)
# firstiter hook raising
def bad_first(agen):
    raise ValueError('hook failed')
old = sys.get_asyncgen_hooks()
sys.set_asyncgen_hooks(firstiter=bad_first)
async def ag(): yield 1
g = ag()
try:
    a = g.__anext__()
    print('anext made')
except ValueError as e:
    print('hook error propagates', e)
sys.set_asyncgen_hooks(*old)
# hooks captured at first iteration, not creation
seen = []
g2 = ag()
sys.set_asyncgen_hooks(firstiter=lambda a: seen.append('first'), finalizer=lambda a: seen.append('fin'))
run(g2.__anext__())
print(seen)
sys.set_asyncgen_hooks(None, None)
del g2
print(seen)
# gi_running / cr_running of coroutine inside await of another
async def probe(outer_ref):
    return outer_ref[0].cr_running
async def m4(ref):
    return await probe(ref)
ref = []
c = m4(ref); ref.append(c)
print(run(c))
# coroutine send after exception
async def boom():
    await W()
    raise ValueError
c = boom(); c.send(None)
try: c.send(None)
except ValueError: print('VE')
try: c.send(None)
except RuntimeError as e: print(e)
# throw after close
c = boom(); c.close()
try: c.throw(ValueError)
except ValueError: print('throw after close raises ValueError')
except RuntimeError as e: print('RT', e)
