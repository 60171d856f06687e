# sys.exc_info() and sys.exception() inside/outside handlers, nested handlers, and in called functions.
import sys


def show(tag):
    t, v, tb = sys.exc_info()
    print(tag, t.__name__ if t else None, repr(v), tb is not None)


show("outside")
try:
    raise KeyError("a")
except KeyError:
    show("handler")
    try:
        raise ValueError("b")
    except ValueError:
        show("nested")
    show("back to outer")
show("after")
try:
    raise IndexError
except IndexError:
    def callee():
        show("in callee")
    callee()


def gen():
    show("gen start")
    yield
    show("gen resumed")


g = gen()
try:
    raise OSError("during next")
except OSError:
    next(g)
next(g, None)
try:
    raise TypeError
finally:
    pass
