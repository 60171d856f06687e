# throw() and close() straight into a coroutine suspended inside another's chain, then
# resuming the outer one.
import types

@types.coroutine
def tick(tag):
    try:
        while True:
            v = yield tag
            print(tag, "got", v)
    finally:
        print(tag, "tick finally")

async def inner(tag):
    try:
        return await tick(tag)
    except KeyError as e:
        print(tag, "inner caught", repr(e))
        return "recovered"
    finally:
        print(tag, "inner finally")

async def middle(tag):
    try:
        r = await inner(tag)
        print(tag, "middle got", r)
        await tick(tag + "'")
        return r
    finally:
        print(tag, "middle finally")

async def outer(tag):
    r = await middle(tag)
    return "outer " + r

a = outer("A")
print(a.send(None))
m = a.cr_await
i = m.cr_await
# The exception lands in `inner`'s tick and is caught by `inner`, which returns.
try:
    i.throw(KeyError("k"))
except StopIteration as e:
    print("inner returned", e.value)
print(a.cr_await is m, m.cr_await is i, i.cr_await, i.cr_suspended)
try:
    a.send("after throw")
except RuntimeError as e:
    print("RuntimeError:", e)
print("a", a.cr_suspended, m.cr_suspended)

b = outer("B")
print(b.send(None))
bm = b.cr_await
bi = bm.cr_await
bi.close()
print("inner closed", bi.cr_suspended, bm.cr_suspended, bm.cr_await is bi)
try:
    b.send("again")
except RuntimeError as e:
    print("RuntimeError:", e)
print(b.cr_suspended, bm.cr_suspended)

c = outer("C")
c.send(None)
cm = c.cr_await
try:
    cm.throw(ValueError("boom"))
except ValueError as e:
    print("ValueError:", e)
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)

d = outer("D")
d.send(None)
dm = d.cr_await
di = dm.cr_await
print(di.cr_await.gi_running, di.cr_await.gi_frame.f_lineno)
print(di.send("straight"))
d.close()
print("closed", d.cr_suspended, dm.cr_suspended, di.cr_suspended)
