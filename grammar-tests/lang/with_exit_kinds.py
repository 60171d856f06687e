# `with` blocks whose __exit__ takes *args, fixed parameters, defaults, is a staticmethod
# or a callable object; __exit__ suppressing, re-raising and raising its own error.
import sys


class Star:
    def __enter__(self):
        return "star"

    def __exit__(self, *exc):
        print("  Star exit", [type(x).__name__ for x in exc])
        return exc[0] is KeyError


class Fixed:
    def __enter__(self):
        return self

    def __exit__(self, typ, val, tb):
        print("  Fixed exit", typ.__name__ if typ else None, val, tb is None)
        return True


class Defaults:
    def __enter__(self):
        return self

    def __exit__(self, typ, val=None, tb=None, *more):
        print("  Defaults exit", typ, val, more)
        return False


class Exiter:
    def __call__(self, *a):
        print("  callable exit", len(a))
        return True


class Obj:
    __exit__ = Exiter()

    def __enter__(self):
        return 1


class Static:
    def __enter__(self):
        return 2

    @staticmethod
    def __exit__(*a):
        print("  static exit", len(a))
        return True


class Raising:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        raise RuntimeError("from exit")


with Star() as s:
    print(s)
with Star():
    raise KeyError("suppressed")
print("after suppressed")
try:
    with Star():
        raise ValueError("kept")
except ValueError as e:
    print("caught", repr(e))
with Fixed():
    raise IndexError(3)
with Fixed():
    pass
with Defaults():
    pass
try:
    with Defaults():
        1 / 0
except ZeroDivisionError as e:
    print("caught", e)
with Obj():
    raise OSError("x")
with Static():
    raise TypeError("y")
try:
    with Raising():
        raise ValueError("inner")
except RuntimeError as e:
    print("caught", e, "context:", repr(e.__context__))
try:
    with Raising():
        pass
except RuntimeError as e:
    print("caught", e, "context:", e.__context__)


def gen():
    with Star():
        yield 1
        yield 2


for v in gen():
    print("gen", v)
print(sys.exc_info())
with Raising():
    raise KeyError("last")
