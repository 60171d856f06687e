# Generator frames: gi_frame.f_locals/f_lineno, finally on abandoned loops, with inside a generator,
# yield inside a comprehension iterable, dropping delegating and self-referencing generators.
def g():
    a = 1
    yield a
    b = 2
    yield b
x = g()
print(x.gi_frame.f_locals if hasattr(x.gi_frame, "f_locals") else "-")
next(x)
print(x.gi_frame.f_locals, x.gi_frame.f_lineno, x.gi_frame.f_code.co_name)
def outer():
    try:
        yield 1
    finally:
        print("outer finally")
def run():
    for v in outer():
        raise ValueError(v)
try:
    run()
except ValueError as e:
    print("caught", e)
def gen_with():
    class CM:
        def __enter__(self): print("enter"); return self
        def __exit__(self, *a): print("exit", a[0]); return False
    with CM():
        yield 1
        yield 2
gw = gen_with()
next(gw)
gw.close()
def nested():
    yield [ (yield i) for i in range(2) ] if False else 0
print(list(nested()))
def lst():
    return [x for x in (yield)]
l = lst()
next(l)
try:
    l.send([1,2])
except StopIteration as e:
    print(e.value)
g2 = (x for x in [1])
print(g2.gi_code.co_name, g2.__name__)
def deleg():
    yield from outer()
d = deleg()
next(d)
del d
print("after del")
import gc
def cyc():
    try:
        yield
    finally:
        print("cyc finally")
c = cyc(); next(c); c.self = None
del c
print("end")
