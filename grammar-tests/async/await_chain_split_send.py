# A chain of awaits suspended as a whole; send() straight into an inner coroutine of it,
# then resuming the outer one; cr_running / cr_suspended / cr_await of every level.
import types

@types.coroutine
def tick():
    v = yield "tick 1"
    print("tick got", v)
    v = yield "tick 2"
    print("tick got", v)
    v = yield "tick 3"
    print("tick got", v)
    return "tick done"

levels = []

async def level(n):
    if n == 0:
        print("running:", [c.cr_running for c in levels])
        r = await tick()
        print("running again:", [c.cr_running for c in levels])
        return r
    r = await level(n - 1)
    return f"{r}+{n}"

def states():
    return [(c.cr_running, c.cr_suspended) for c in levels]

top = level(3)
levels.append(top)
print(top.send(None))
c = top
while True:
    c = c.cr_await
    if type(c).__name__ != "coroutine":
        break
    levels.append(c)
print("awaits", type(c).__name__, c.gi_running, c.gi_frame.f_lineno)
print(states())
print([l.cr_frame.f_lineno for l in levels])

# Straight into the second level: only it and what it awaits run.
print(levels[2].send("direct"))
print(states())
print(levels[0].cr_await is levels[1], levels[1].cr_await is levels[2])

# The outer one resumes the whole chain again.
print(top.send("outer"))
try:
    top.send("last")
except StopIteration as e:
    print("returned", e.value)
print(states())
print([l.cr_await for l in levels], [l.cr_frame for l in levels])
try:
    levels[2].send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
