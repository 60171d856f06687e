# Functions whose only extra parameter is *args: how positional arguments, defaults,
# closures and methods bind, and the errors when too few are given.


def only(*args):
    return args


def pair(a, b=2, *rest):
    return a, b, rest


def make(k):
    def inner(x, *more):
        return x + k, more

    return inner


class C:
    def m(self, *args):
        return type(self).__name__, args

    def n(*args):
        return len(args), type(args[0]).__name__


print(only())
print(only(1))
print(only(1, 2, 3))
print(pair(1))
print(pair(1, 5))
print(pair(1, 5, 6, 7))
f = make(10)
print(f(1))
print(f(1, 2, 3))
c = C()
print(c.m())
print(c.m(4, 5))
print(c.n(1, 2))
print(C.m(c, "x"))
args = (1, 2, 3)
print(pair(*args))
print(only(*args, 4))
for bad in [lambda: pair(), lambda: C.m()]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)


def recurse(n, *acc):
    if n == 0:
        return acc
    return recurse(n - 1, n, *acc)


print(recurse(5))
print(type(only()), only() == ())
pair()
