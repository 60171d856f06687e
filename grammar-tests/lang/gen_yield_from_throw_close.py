# yield from forwards throw() to the inner generator and close() to it, innermost first.
def inner():
    try:
        yield "i1"
        yield "i2"
    except KeyError:
        print("inner caught KeyError")
        yield "i-recovered"
    finally:
        print("inner finally")


def middle():
    try:
        r = yield from inner()
        print("middle result", r)
    finally:
        print("middle finally")


def outer():
    yield from middle()
    yield "outer end"


g = outer()
print(next(g))
print(g.throw(KeyError))
print(next(g))
g = outer()
next(g)
g.close()
print("--")
g = outer()
next(g)
try:
    g.throw(ValueError("unhandled"))
except ValueError as e:
    print("propagated out", e)
print(g.gi_frame)
