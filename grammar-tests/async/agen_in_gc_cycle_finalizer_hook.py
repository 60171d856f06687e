import gc
import sys

calls = []

def finalizer(agen):
    calls.append(agen.__name__)
    try:
        agen.aclose().send(None)
    except StopIteration:
        pass

async def gen(box):
    try:
        yield 1
    finally:
        print("agen finally via hook")

sys.set_asyncgen_hooks(finalizer=finalizer)
box = []
g = gen(box)
box.append(g)
try:
    g.__anext__().send(None)
except StopIteration as e:
    print("first", e.value)
del g, box
gc.collect()
sys.set_asyncgen_hooks(None, None)
print(calls)
