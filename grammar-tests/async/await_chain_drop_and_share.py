# Dropping a suspended chain runs every level's finally (innermost first); a coroutine split
# off one chain and awaited from another coroutine; the first chain then resumed.
import gc
import types

@types.coroutine
def tick(tag):
    try:
        v = yield tag
        print(tag, "tick got", v)
        v = yield tag + " again"
        print(tag, "tick got", v)
        return tag
    finally:
        print(tag, "tick finally")

async def level(tag, n):
    try:
        if n == 0:
            return await tick(tag)
        return await level(tag, n - 1)
    finally:
        print(tag, "level finally", n)

c = level("drop", 3)
print(c.send(None))
del c
print("dropped")

c = level("gc", 2)
print(c.send(None))
holder = [c]
holder.append(holder)
del c, holder
print("collected", gc.collect() > 0)

a = level("share", 2)
print(a.send(None))
inner = a.cr_await.cr_await

async def other():
    try:
        r = await inner
    except RuntimeError as e:
        print("RuntimeError:", e)
    return "other done"

o = other()
try:
    o.send(None)
except StopIteration as e:
    print("other returned", e.value)
print(inner.cr_running, inner.cr_suspended, a.cr_await.cr_await is inner)
print(a.send("to a"))
try:
    a.send("again")
except StopIteration as e:
    print("a returned", e.value)
print("end")
