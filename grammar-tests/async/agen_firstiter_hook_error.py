def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
import sys

def bad_first(agen):
    raise ValueError("hook failed for " + agen.__name__)

async def ag():
    yield 1

sys.set_asyncgen_hooks(firstiter=bad_first)
g = ag()
try:
    g.__anext__()
except ValueError as e:
    print("from __anext__:", e)
print("second call:", run(g.__anext__()))
sys.set_asyncgen_hooks(None, None)
