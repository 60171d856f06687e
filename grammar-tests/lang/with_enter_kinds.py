# `with` calls __enter__ however it is defined: a plain function (run as a pushed frame), one
# with defaults or *args, a staticmethod, a callable object; errors raised inside __enter__
# propagate to the right handler, and deep recursion through with blocks still raises
# RecursionError.


class Plain:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()

    def __exit__(self, *exc):
        print("exit", self.name, exc[0].__name__ if exc[0] else None)
        return False


class Defaults:
    def __enter__(self, tag="dflt", *rest):
        return (tag, rest)

    def __exit__(self, t, v, tb):
        return t is KeyError


class Static:
    @staticmethod
    def __enter__(*args):
        return len(args)

    def __exit__(self, *exc):
        return False


class Caller:
    def __call__(self, *args):
        return "called with %d" % len(args)


class ViaObject:
    __enter__ = Caller()

    def __exit__(self, *exc):
        return False


class Failing:
    def __enter__(self):
        raise KeyError("in enter")

    def __exit__(self, *exc):
        print("never")


with Plain("a") as x, Plain("b") as y:
    print(x, y)
with Defaults() as d:
    print(d)
    raise KeyError("swallowed")
print("after suppress")
with Static() as n:
    print("static", n)
with ViaObject() as c:
    print(c)
try:
    with Plain("outer"):
        with Failing():
            print("no")
except KeyError as e:
    print("caught", repr(e))


class Deep:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False


def recurse(n):
    with Deep():
        return recurse(n + 1)


try:
    recurse(0)
except RecursionError as e:
    print("RecursionError", e)


def uncaught():
    with Failing():
        pass


uncaught()
