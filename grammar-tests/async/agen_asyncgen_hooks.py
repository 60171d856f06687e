def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
import sys

print(sys.get_asyncgen_hooks())
print(sys.get_asyncgen_hooks().firstiter, sys.get_asyncgen_hooks()[1])
seen = []
def first(agen):
    seen.append(("first", agen.__name__))
def final(agen):
    seen.append(("final", agen.__name__))

old = sys.get_asyncgen_hooks()
sys.set_asyncgen_hooks(firstiter=first, finalizer=final)
h = sys.get_asyncgen_hooks()
print(h.firstiter is first, h.finalizer is final)

async def gen():
    yield 1

g = gen()
print(seen)
run(g.__anext__())
print(seen)
run(g.aclose())
sys.set_asyncgen_hooks(*old)
print(sys.get_asyncgen_hooks())
try:
    sys.set_asyncgen_hooks(firstiter=5)
except TypeError as e:
    print(e)
try:
    sys.set_asyncgen_hooks(finalizer="x")
except TypeError as e:
    print(e)
