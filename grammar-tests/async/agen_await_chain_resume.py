# An async generator whose body awaits through a chain of coroutines: asend/athrow resume
# the generator and its chain; ag_await / ag_running / cr_running of the levels.
import types

@types.coroutine
def tick(tag):
    v = yield ("tick", tag)
    return v

levels = []

async def level(n, tag):
    if n == 0:
        print("in chain:", [c.cr_running for c in levels], agen.ag_running)
        return await tick(tag)
    return await level(n - 1, tag)

async def agen_fn():
    try:
        for i in range(3):
            got = await level(2, i)
            print("agen awaited", got)
            x = yield i
            print("agen got", x)
    except ValueError as e:
        print("agen caught", repr(e))
        yield "from except"
    finally:
        print("agen finally")

agen = agen_fn()
aw = agen.asend(None)
print(aw.send(None))
c = agen.ag_await
while type(c).__name__ == "coroutine":
    levels.append(c)
    c = c.cr_await
print(len(levels), type(c).__name__, agen.ag_running)
try:
    aw.send("t0")
except StopIteration as e:
    print("asend gave", e.value)
aw = agen.asend("s1")
print(aw.send(None))
print(agen.ag_running, agen.ag_await is not None)
# Thrown into the awaitable: lands in the innermost frame of the chain, unwinds the levels
# into the async generator's body, which catches it and yields.
try:
    aw.throw(ValueError("v"))
except StopIteration as e:
    print("asend gave", e.value)
th = agen.athrow(KeyError("k"))
try:
    th.send(None)
except KeyError as e:
    print("athrow raised", repr(e))
print(agen.ag_running, agen.ag_frame)
