# An index, slice bound or byte value whose __index__ resizes the very list or bytearray
# being subscripted: the length is read after the conversion, as in CPython.
lm = []


class Clears:
    def __init__(self, n, target):
        self.n = n
        self.target = target

    def __index__(self):
        self.target.clear()
        return self.n


def attempt(what, action):
    try:
        print(what, action())
    except (IndexError, ValueError) as e:
        print(what, type(e).__name__, e)


def fresh():
    lm[:] = range(10)
    return lm


attempt("get", lambda: fresh()[Clears(3, lm)])
attempt("get slice", lambda: fresh()[Clears(3, lm) :])
attempt("get extended", lambda: fresh()[Clears(1, lm) :: 2])


def setitem():
    fresh()[Clears(3, lm)] = "x"


def setslice():
    fresh()[Clears(5, lm) :] = [1, 2]
    return lm


def setextended():
    fresh()[Clears(0, lm) :: 2] = [1, 2]


def delitem():
    del fresh()[Clears(3, lm)]


def delslice():
    del fresh()[1 : Clears(5, lm)]
    return lm


attempt("set", setitem)
attempt("set slice", setslice)
attempt("set extended", setextended)
attempt("del", delitem)
attempt("del slice", delslice)

ba = bytearray()


def fresh_ba():
    ba[:] = b"abcdef"
    return ba


attempt("ba get", lambda: fresh_ba()[Clears(3, ba)])
attempt("ba get slice", lambda: fresh_ba()[Clears(3, ba) :])


def ba_set_index():
    fresh_ba()[Clears(3, ba)] = 65


def ba_set_value():
    fresh_ba()[0] = Clears(65, ba)


def ba_del():
    del fresh_ba()[Clears(3, ba)]


def ba_set_slice():
    fresh_ba()[Clears(2, ba) : 4] = b"zz"
    return ba


attempt("ba set index", ba_set_index)
attempt("ba set value", ba_set_value)
attempt("ba del", ba_del)
attempt("ba set slice", ba_set_slice)


# min() and max() step their iterable as they compare, so a comparison that changes the
# list is seen, and items come from a generator one at a time.
items = []


class Shrinks:
    def __lt__(self, other):
        items[:] = range(3)
        return True

    def __gt__(self, other):
        return False


items[:] = [Shrinks() for _ in range(5)]
attempt("min", lambda: type(min(items)).__name__)


def gen():
    for i in [3, 1, 2]:
        print("yield", i)
        yield i


print(max(gen(), key=lambda x: print("key", x) or -x))
try:
    print(f"{1:{2**63}}")
except ValueError as e:
    print("ValueError:", e)
print(f"{'ab':>{2**3}}|")
