# close() throws GeneratorExit into a suspended generator: its finally runs, and the
# caller carries on afterwards (module level, and inside a function).
def gen(tag):
    try:
        yield 1
        yield 2
    finally:
        print("finally", tag)


g = gen("module")
print(next(g))
g.close()
print("after close", g.gi_frame)


def inner():
    g = gen("function")
    next(g)
    g.close()
    return "returned"


print(inner())


def catches():
    try:
        yield 1
    except GeneratorExit:
        print("caught GeneratorExit")
        raise


c = catches()
next(c)
c.close()
print("end")
