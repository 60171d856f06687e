# Exceptions crossing generator boundaries: raised inside next(), handled state inside generators.
import sys


def gen():
    try:
        yield 1
        raise ValueError("from gen")
    except ValueError as e:
        print("gen handles", repr(e), repr(sys.exc_info()[1]))
        yield 2
        print("after yield in handler:", repr(sys.exc_info()[1]))
    yield 3


g = gen()
print(next(g))
print(next(g))
print("outside:", sys.exc_info()[1])
print(next(g))


def failing():
    yield 1
    1 / 0


try:
    for x in failing():
        print("got", x)
except ZeroDivisionError as e:
    print("loop saw", e)
f = failing()
next(f)
try:
    next(f)
except ZeroDivisionError:
    pass
print(next(f, "exhausted after error"))
