# yield from: the subgenerator's return value, delegation of send/throw/close.
def sub():
    try:
        x = yield "sub1"
        print("sub got", x)
        y = yield "sub2"
        print("sub got", y)
    except KeyError as e:
        print("sub caught", repr(e))
        yield "sub recovered"
    finally:
        print("sub finally")
    return "sub result"


def outer():
    r = yield from sub()
    print("outer got result", r)
    yield "outer done"


g = outer()
print(next(g), g.send("A"), g.send("B"))
g = outer()
next(g)
print(g.throw(KeyError("k")))
print(next(g))
g = outer()
next(g)
g.close()
print("closed")


def plain():
    r = yield from [1, 2]
    print("list result", r)
    r = yield from range(2)
    return r


print(list(plain()))


def delegating_throw():
    try:
        yield from iter([1, 2])
    except ValueError as e:
        print("outer caught", repr(e))
        yield "after"


d = delegating_throw()
next(d)
print(d.throw(ValueError("into iterator")))


def chain(*its):
    for it in its:
        yield from it


print(list(chain("ab", (1, 2), {3: 4})))


def ret_value():
    return (yield from (x for x in range(3)))


print(list(ret_value()))
