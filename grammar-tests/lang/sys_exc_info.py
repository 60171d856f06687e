# sys.exc_info() and sys.exception() inside handlers, nested handlers, generators and after.
import sys

print(sys.exc_info(), sys.exception())
try:
    1 / 0
except ZeroDivisionError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, type(tb).__name__, sys.exception() is v)
    try:
        {}["k"]
    except KeyError:
        print(sys.exc_info()[0].__name__, repr(sys.exc_info()[1]))
    print("back to", sys.exc_info()[0].__name__)
print("after", sys.exc_info())


def report():
    t, v, _ = sys.exc_info()
    return f"{t.__name__ if t else None}: {v}"


try:
    raise ValueError("from helper")
except ValueError:
    print(report())
print(report())


def gen():
    try:
        raise TypeError("in gen")
    except TypeError:
        yield sys.exc_info()[0].__name__
        yield sys.exc_info()[0].__name__
    yield sys.exc_info()[0]


try:
    raise KeyError("outer")
except KeyError:
    g = gen()
    print(next(g), sys.exc_info()[0].__name__)
    print(next(g))
print(next(g))
try:
    raise RuntimeError("finally")
finally:
    print("in finally:", sys.exc_info()[0]) if False else None
