# f_locals, f_lineno and co_qualname of suspended async generator and generator frames.
class W:
    def __await__(self):
        yield
async def ag(n):
    total = 0
    for i in range(n):
        total += i
        yield total
g = ag(3)
a = g.__anext__()
try: a.send(None)
except StopIteration as e: print(e.value)
print(sorted(g.ag_frame.f_locals.items()), g.ag_frame.f_lineno, g.ag_frame.f_code.co_qualname)
def gen():
    x = 1
    yield x
    y = 2
    yield y
it = gen()
print(it.gi_frame.f_lineno, it.gi_frame.f_locals)
next(it)
print(it.gi_frame.f_lineno, it.gi_frame.f_locals)
next(it)
print(it.gi_frame.f_lineno, sorted(it.gi_frame.f_locals.items()))
def outer():
    z = 5
    def inner():
        yield z
    return inner()
i2 = outer(); next(i2)
print(i2.gi_frame.f_locals)
