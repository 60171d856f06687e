# conformance: whole-stderr
# A generator that raises a new exception on close(): traceback through close.
def gen():
    try:
        yield 1
    except GeneratorExit:
        raise ValueError("in close")
g = gen()
next(g)
g.close()
