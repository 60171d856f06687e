# The item a generator yields to a `for` loop or a `send()` call lands in the loop's
# target: locals holding ints or objects (whose __del__ runs when replaced), unpacking,
# attributes, globals, and values that own objects.


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)

    def __repr__(self):
        return f"Noisy({self.name})"


def make(n):
    for i in range(n):
        print("yield", i)
        yield Noisy(i)


def ints(n):
    for i in range(n):
        yield i


def main():
    x = 5
    for x in ints(3):
        print("int", x)
    print("after", x)
    for x in make(3):
        print("got", x)
    print("after loop", x)
    del x
    for a, b in ((i, i * i) for i in ints(3)):
        print("pair", a, b)

    class Box:
        pass

    box = Box()
    for box.item in ints(2):
        print("attr", box.item)
    items = [None, None]
    for items[1] in ints(2):
        print("subscr", items)


main()

total = 0
for g_item in ints(4):
    total += g_item
print("global", g_item, total)


def echo():
    got = None
    while True:
        got = yield got


def sends():
    e = echo()
    next(e)
    last = 0
    for i in range(3):
        last = e.send(i)
        print("sent back", last)
    last = e.send(Noisy("a"))
    print("holding", last)
    last = e.send(Noisy("b"))
    print("holding", last)
    last = e.send(7)
    print("int again", last)
    try:
        last = e.throw(KeyError("k"))
    except KeyError as exc:
        print("thrown", repr(exc), last)


sends()


def pending_finalizer():
    # A __del__ queued by the generator while it yields: it runs before the loop body.
    def gen():
        for i in range(2):
            tmp = Noisy(f"tmp{i}")
            tmp = None
            yield i

    for y in gen():
        print("body", y)


pending_finalizer()
print("end")
