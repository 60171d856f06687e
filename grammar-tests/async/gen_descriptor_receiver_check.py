# The unbound methods of generator and coroutine objects check their receiver's type:
# generator.send on a coroutine (or coroutine.send on a generator) is a TypeError, not a resume.
def g():
    yield 1
    yield 2


async def c():
    return 5


gen_t = type(g())
co = c()
coro_t = type(co)
for method, target in [
    (gen_t.send, co),
    (gen_t.__next__, co),
    (gen_t.throw, co),
    (coro_t.send, g()),
    (gen_t.send, 3),
]:
    try:
        args = (None,) if method.__name__ == "send" else (ValueError,) if method.__name__ == "throw" else ()
        method(target, *args)
    except TypeError as e:
        print("TypeError:", e)
x = g()
print(gen_t.send(x, None), gen_t.__next__(x))
try:
    coro_t.send(co, None)
except StopIteration as e:
    print("StopIteration", e.value)
