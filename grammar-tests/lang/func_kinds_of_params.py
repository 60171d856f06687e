# Positional-only, keyword-only, *args and **kwargs in every combination.
def f(a, b, /, c, d=4, *args, e, f=6, **kwargs):
    return (a, b, c, d, args, e, f, kwargs)


print(f(1, 2, 3, e=5))
print(f(1, 2, c=3, e=5, g=7))
print(f(1, 2, 3, 4, 5, 6, e=0, f=1, z=2))


def po(a, /, **kw):
    return a, kw


print(po(1, a=2))


def star(*args, **kwargs):
    return args, kwargs


print(star(), star(1, x=2), star(*[1, 2], *(3,), **{"a": 1}, **{"b": 2}))
args = (1, 2)
kwargs = {"c": 3, "e": 9}
print(f(*args, **kwargs))


def ko(*, only):
    return only


print(ko(only=1))
print(f.__code__.co_argcount, f.__code__.co_posonlyargcount, f.__code__.co_kwonlyargcount)
print(f.__code__.co_varnames[:8])
