# close() on a generator that returns in finally; throw() a caught exception that then returns.
def g1():
    try:
        yield 1
    finally:
        print("g1 finally")


x = g1()
next(x)
print(x.close())


def g2():
    try:
        yield 1
    except ValueError:
        return "handled and returned"


y = g2()
next(y)
try:
    y.throw(ValueError)
except StopIteration as e:
    print("StopIteration value:", e.value)


def g3():
    yield 1
    yield 2


z = g3()
next(z)
z.close()
print(list(z))


def g4():
    try:
        yield
    except GeneratorExit:
        print("exit seen")
        raise ValueError("replaced")


w = g4()
next(w)
try:
    w.close()
except ValueError as e:
    print("close raised", e)
