# sys._getframe().f_locals and locals() of function frames: locals, cells (a parameter that
# is also a cell keeps its place), free variables; unbound names left out.
import sys


def f(a, *rest, key=None):
    b = 2
    unbound_later = None
    del unbound_later

    def g():
        return a + b

    print(list(sys._getframe().f_locals))
    return dict(sys._getframe().f_locals)


s = f(1, 2, 3, key="k")
print(s["a"], s["rest"], s["key"], s["b"])


def h(p, q):
    r = p + q

    def use():
        return q

    print(list(locals()), locals()["q"])


h(1, 2)


def outer(x):
    y = [x]

    def mid():
        print(list(locals()), y)
        return inner()

    return mid()


def inner():
    caller = sys._getframe(1)
    print(caller.f_code.co_name, caller.f_locals, caller.f_back.f_code.co_name)
    print(caller.f_back.f_locals["x"], sorted(caller.f_back.f_locals))
    return caller.f_lineno > 0


print(outer(5))


def gen():
    z = 1
    yield dict(sys._getframe().f_locals)
    z = 2
    yield dict(locals())


it = gen()
print(next(it))
print(next(it))


class C:
    w = 3
    print(sorted(sys._getframe().f_locals))

try:
    sys._getframe(10_000)
except ValueError as e:
    print("ValueError:", e)
