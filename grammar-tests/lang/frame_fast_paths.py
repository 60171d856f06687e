# Calls and generator switches through the frame fast paths: exact positional calls,
# defaults, closures, the same code under other globals, recursion, tracebacks and
# frame introspection after a pooled frame was reused.
import sys


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


print(fib(15))


def with_default(a, b=10):
    return a + b


print(with_default(1), with_default(1, 2))


def make_adder(k):
    def add(x):
        return x + k
    return add


add5 = make_adder(5)
print(add5(1), make_adder(-1)(1))

# The same code object under another globals dict: the pooled frame must not keep the
# first function's namespace.
src = "def who():\n    return NAME\n"
g1 = {"NAME": "first"}
g2 = {"NAME": "second"}
exec(src, g1)
exec(src, g2)
print(g1["who"](), g2["who"](), g1["who"]())


def args_after_reuse(a, b=None):
    c = a * 2
    return a, b, c


print(args_after_reuse(3), args_after_reuse(4, "b"), args_after_reuse(5))


def caller_line():
    return sys._getframe().f_back.f_lineno


print(caller_line())


def numbers(n):
    for i in range(n):
        yield i


def evens(source):
    for x in source:
        if x % 2 == 0:
            yield x


print(list(evens(numbers(10))), sum(x * 3 for x in evens(numbers(10))))


def echo():
    got = []
    while True:
        x = yield len(got)
        got.append(x)
        if x == "stop":
            return got


e = echo()
print(next(e), e.send(1), e.send(None), e.send([1, 2]), e.send(2.5))
try:
    e.send("stop")
except StopIteration as stop:
    print("returned", stop.value)


def statement_yields():
    yield 1
    print("line", sys._getframe().f_lineno)
    yield 2
    raise ValueError("after two yields")


s = statement_yields()
print(next(s))
print(s.gi_frame.f_lineno)
print(next(s))
try:
    next(s)
except ValueError as exc:
    print("caught", repr(exc), exc.__traceback__.tb_next.tb_lineno)
print(s.gi_frame)


def deep(n):
    if n == 0:
        raise KeyError("bottom")
    return deep(n - 1)


try:
    deep(5)
except KeyError as exc:
    tb = exc.__traceback__
    depth = 0
    while tb is not None:
        depth += 1
        tb = tb.tb_next
    print("frames in traceback", depth)


def bad_arg_count(a, b):
    return a


try:
    bad_arg_count(1)
except TypeError as exc:
    print(exc)
print(fib(20))
deep(3)
