# Keyword argument matching: names, order of evaluation, **kwargs collecting, and defaults.
def order(tag):
    print("evaluating", tag)
    return tag


def f(a, b=0, *args, c, d=4, **kw):
    return a, b, args, c, d, kw


print(f(order("a"), c=order("c"), b=order("b"), zz=order("zz")))
print(f(1, 2, 3, 4, c=5, e=6))
print(f(c=1, a=2))


def kw_only(*, a, b=2):
    return a + b


print(kw_only(a=1), kw_only(b=3, a=1))


def collect(**kwargs):
    return list(kwargs)


print(collect(z=1, a=2, m=3))
print(f(**{"a": 1, "c": 2, "extra": 3}))


def pos_only(a, b, /):
    return a - b


print(pos_only(5, 3))
try:
    pos_only(a=5, b=3)
except TypeError as e:
    print(e)


def mixed(a, /, b, *, c):
    return a, b, c


print(mixed(1, 2, c=3), mixed(1, b=2, c=3))
