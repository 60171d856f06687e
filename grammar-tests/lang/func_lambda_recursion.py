# Lambdas, recursion, and RecursionError at the recursion limit (caught, then usable again).
import sys
sq = lambda x: x * x
print(sq(4), (lambda *a, **k: (a, k))(1, b=2), sq.__name__, sq.__qualname__)
compose = lambda f, g: lambda x: f(g(x))
print(compose(sq, lambda x: x + 1)(2))


def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)


print(fact(20), fact(100) % 1000007)


def forever(n):
    return forever(n + 1)


try:
    forever(0)
except RecursionError as e:
    print(type(e).__name__, e)
print(fact(10))
print(sys.getrecursionlimit())


def depth(n):
    try:
        return depth(n + 1)
    except RecursionError:
        return n


d = depth(0)
print(900 < d < 1000)


class R:
    def __repr__(self):
        return repr(self)


try:
    repr(R())
except RecursionError as e:
    print("repr recursion:", e)
even = lambda n: n == 0 or odd(n - 1)
odd = lambda n: n != 0 and even(n - 1)
print(even(10), odd(7))
