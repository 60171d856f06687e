def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
async def gen():
    yield 1
    yield 2

g = gen()
aw = g.__anext__()
try:
    aw.send(None)
except StopIteration as e:
    print("value", e.value)
try:
    aw.send(None)
except RuntimeError as e:
    print(e)
at = g.athrow(ValueError)
at.close()
try:
    at.send(None)
except RuntimeError as e:
    print(e)
ac = g.aclose()
run(ac)
try:
    ac.send(None)
except RuntimeError as e:
    print(e)
