# Freeing chains of millions of objects, each owning the next, must not overflow the
# interpreter's own stack (CPython frees them with its "trashcan").
import gc

gc.disable()  # the collector walking each chain as it grows would only slow the case


def chain(name, step, n):
    it = iter([1])
    for _ in range(n):
        it = step(it)
    del it
    print(name, "freed")


chain("filter", lambda it: filter(None, it), 1_000_000)
N = 100_000
chain("map", lambda it: map(abs, it), N)
chain("zip", lambda it: zip(it), N)
chain("reversed", lambda it: reversed([it]), N)
chain("genexp", lambda it: (x for x in it), N)
chain("iter(callable, sentinel)", lambda it: iter(it.__next__, None), N)
chain("frozenset", lambda it: frozenset([it]), N)
chain("dict view", lambda it: {1: it}.values(), N)
chain("list", lambda it: [it], N)


def method_chain(n):
    def f(self):
        return self

    m = f
    for _ in range(n):
        m = f.__get__(m)
    print(m.__self__.__self__.__self__ is not None)
    del m
    print("bound methods freed")


method_chain(N)


def exception_chain(n):
    e = None
    for i in range(n):
        new = ValueError(i)
        new.__context__ = e
        new.__cause__ = e
        e = new
    print(repr(e), repr(e.__context__))
    del e, new
    print("exceptions freed")


exception_chain(N)


class Node:
    def __init__(self, nxt):
        self.nxt = nxt


n = None
for i in range(N):
    n = Node(n)
del n
print("instances freed")


def cells(n):
    def mk(v):
        return lambda: v

    f = None
    for _ in range(n):
        f = mk(f)
    print(f()() is not None)
    del f
    print("closures freed")


cells(N)
gc.enable()
print(gc.collect() >= 0)
