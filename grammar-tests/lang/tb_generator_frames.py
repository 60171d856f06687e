# conformance: whole-stderr
# An exception raised inside a generator driven by a for loop shows the generator frame.
def numbers():
    yield 1
    yield int("two")


def consume():
    for n in numbers():
        print("n =", n)


consume()
