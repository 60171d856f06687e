# sum() and list() over generators: mixed items, overflow, errors midway, nesting,
# generator state seen from inside, delegation, and sent values.
import sys


def nums(n):
    for i in range(n):
        yield i


def mixed():
    yield 1
    yield 2.5
    yield 3
    yield 10 ** 20
    yield 4
    yield -(10 ** 20)
    yield 5.0


print(sum(nums(10)), sum(nums(0)), sum(nums(5), 100), sum(nums(4), 0.5))
print(sum(mixed()), sum(mixed(), 1.0))
print(sum(x * 3 for x in nums(1000)))
big = sys.maxsize
print(sum(x for x in [big, big, 1, -big]))
print(sum((float(x) for x in range(5)), 0))
print(list(nums(5)), tuple(x * x for x in nums(4)), sorted(x % 3 for x in nums(7)))


class Money:
    def __init__(self, v):
        self.v = v

    def __add__(self, other):
        return Money(self.v + (other.v if isinstance(other, Money) else other))

    __radd__ = __add__

    def __repr__(self):
        return f"Money({self.v})"


def with_objects():
    yield 1
    yield Money(5)
    yield 2


print(sum(with_objects()), sum(with_objects(), Money(1)))

# The generator's state seen from inside while sum() drives it.
def watching():
    me = yield 1
    print("sent:", me)
    frame_gen = g
    print("running:", frame_gen.gi_running, sys._getframe(1).f_code.co_name)
    yield 2
    yield 3


g = watching()
print(sum(g), g.gi_running, g.gi_frame)


def reentrant():
    yield 1
    try:
        next(r)
    except ValueError as e:
        print("ValueError:", e)
    yield 2


r = reentrant()
print(sum(r))


# Errors midway: the total is lost, the generator is finished.
def failing():
    yield 1
    yield 2
    raise KeyError("boom")


f = failing()
try:
    sum(f)
except KeyError as e:
    print("KeyError", e, f.gi_frame)
try:
    list(failing())
except KeyError as e:
    print("KeyError from list", e)


def bad_item():
    yield 1
    yield "two"
    yield 3


b = bad_item()
try:
    sum(b)
except TypeError as e:
    print("TypeError:", e)
print(next(b), list(b))


# PEP 479 inside a summed generator.
def stops():
    yield 1
    raise StopIteration("no")


try:
    sum(stops())
except RuntimeError as e:
    print("RuntimeError:", e, repr(e.__cause__))


# Nested folds: a sum inside the generator that is being summed.
def outer():
    for i in range(4):
        yield sum(nums(i)) + len(list(nums(i)))


print(sum(outer()), list(outer()))


# yield from inside a summed generator: to a generator and to an iterator.
def delegating():
    yield 100
    got = yield from nums(4)
    yield from [7, 8]
    yield from iter((1.5, 2.5))
    yield 1000


print(sum(delegating()), list(delegating()))


# Partly consumed, then summed; summed when already exhausted.
p = nums(6)
print(next(p), next(p), sum(p), sum(p), list(p))

# finally blocks and the total when the consumer stops early.
def with_finally():
    try:
        yield 1
        yield 2
    finally:
        print("finally ran")


print(sum(with_finally()))
print(list(with_finally()))


# A yield whose result is used: sum() sends None.
def uses_result():
    total = 0
    for i in range(3):
        x = yield i
        print("got", x)


print(sum(uses_result()))

# Overflow in the middle turns into a big int and keeps going.
def huge():
    yield sys.maxsize
    yield sys.maxsize
    yield 1
    yield -1.5


print(sum(huge()))
print(sum(x for x in ()))
sum(failing())
