# gi_frame, gi_running, gi_code, gi_yieldfrom and the "generator already executing" error.
def g():
    print("running:", gen.gi_running)
    yield 1
    yield 2


gen = g()
print(gen.gi_running, gen.gi_frame is not None, gen.gi_code.co_name, gen.__name__, gen.__qualname__)
next(gen)
print(gen.gi_frame.f_lineno, gen.gi_yieldfrom)
list(gen)
print(gen.gi_frame, gen.gi_running)


def reentrant():
    yield next(me)


me = reentrant()
try:
    next(me)
except ValueError as e:
    print(e)


def outer():
    yield from inner_gen


def inner():
    yield "x"


inner_gen = inner()
o = outer()
next(o)
print(o.gi_yieldfrom is inner_gen)
print(repr(gen).startswith("<generator object g at 0x"))
print(type(gen).__name__, iter(gen) is gen)


class K:
    def meth(self):
        yield


print(K().meth().__qualname__)
