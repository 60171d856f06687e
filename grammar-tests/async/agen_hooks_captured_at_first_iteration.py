def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
import sys

seen = []

async def ag():
    yield 1
    yield 2

early = ag()
sys.set_asyncgen_hooks(firstiter=lambda a: seen.append("first"), finalizer=lambda a: seen.append("fin"))
late = ag()
sys.set_asyncgen_hooks(None, None)
run(early.__anext__())
print(seen)
del early
print(seen)
sys.set_asyncgen_hooks(firstiter=lambda a: seen.append("first2"), finalizer=lambda a: seen.append("fin2"))
run(late.__anext__())
sys.set_asyncgen_hooks(None, None)
print(seen)
del late
print(seen)
