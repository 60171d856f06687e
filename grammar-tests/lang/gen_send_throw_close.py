# send/throw/close on generators: values in and out, exceptions injected, close semantics.
def echo():
    received = []
    try:
        while True:
            try:
                v = yield len(received)
                received.append(v)
            except ValueError as e:
                print("caught inside", repr(e))
                yield "handled"
    finally:
        print("closing with", received)


g = echo()
print(next(g), g.send("a"), g.send("b"))
print(g.throw(ValueError("x")))
print(next(g))
g.close()
g.close()
try:
    next(g)
except StopIteration:
    print("exhausted after close")
try:
    echo().send(1)
except TypeError as e:
    print(e)
fresh = echo()
fresh.close()
print("closed unstarted without finally")


def catcher():
    try:
        yield 1
    except GeneratorExit:
        print("GeneratorExit seen")
        raise


c = catcher()
next(c)
c.close()


def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2


s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print(e)


def returns():
    yield 1
    return "value"


r = returns()
next(r)
try:
    next(r)
except StopIteration as e:
    print("return value", e.value)
t = returns()
try:
    t.throw(KeyError("k"))
except KeyError as e:
    print("throw into unstarted", repr(e))
print(list(t))
try:
    returns().throw(TypeError)
except TypeError as e:
    print("class thrown", repr(e))
