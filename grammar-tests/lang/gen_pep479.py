# PEP 479: a StopIteration escaping a generator becomes RuntimeError, chained.
def leaky():
    yield 1
    raise StopIteration("escaped")


g = leaky()
print(next(g))
try:
    next(g)
except RuntimeError as e:
    print(repr(e), repr(e.__cause__), e.__suppress_context__)


def next_on_empty():
    yield next(iter([]))


try:
    list(next_on_empty())
except RuntimeError as e:
    print(e, type(e.__cause__).__name__)


def ok():
    yield 1
    return


print(list(ok()))
try:
    list(x for x in [1] if next(iter([])))
except RuntimeError as e:
    print("genexp", e)
try:
    [x for x in [1] if next(iter([]))]
except StopIteration:
    print("listcomp lets StopIteration through")
