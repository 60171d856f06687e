# conformance: whole-stderr
# An error inside a generator consumed by sum(), re-raised with an explicit cause.
def g():
    yield 1
    yield 1 / 0
def consumer():
    return sum(g())
def outer():
    try:
        consumer()
    except ZeroDivisionError as e:
        raise ValueError("sum failed") from e
outer()
