def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
import sys

finalized = []
def final(agen):
    finalized.append(agen.__qualname__)
    # An event loop would schedule agen.aclose(); here we run it by hand.
    run(agen.aclose())

sys.set_asyncgen_hooks(finalizer=final)

async def gen():
    try:
        yield 1
        yield 2
    finally:
        print("gen finally")

g = gen()
print(run(g.__anext__()))
del g
print("after del", finalized)
sys.set_asyncgen_hooks(None, None)
