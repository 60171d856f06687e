# The exact TypeErrors CPython gives for bad calls.
def f(a, b, /, c, *, d):
    pass


def g(x, y=1):
    pass


def h(*, k):
    pass


class C:
    def m(self, v):
        pass


calls = [
    lambda: g(),
    lambda: g(1, 2, 3),
    lambda: g(1, z=2),
    lambda: g(1, x=2),
    lambda: g(y=2),
    lambda: f(1, 2, 3),
    lambda: f(1, 2, c=3),
    lambda: f(1, b=2, c=3, d=4),
    lambda: f(a=1, b=2, c=3, d=4),
    lambda: f(1),
    lambda: h(1),
    lambda: h(),
    lambda: C().m(),
    lambda: C().m(1, 2),
    lambda: C.m(),
    lambda: g(*5),
    lambda: g(**5),
    lambda: g(**{1: 2}),
    lambda: g(1, **{"x": 2}),
    lambda: g(**{"x": 1}, **{"x": 2}),
    lambda: (lambda: 0)(1),
    lambda: (lambda a, b, c: 0)(1),
    lambda: (lambda *, a, b: 0)(),
    lambda: len(),
    lambda: len(1, 2),
]
for call in calls:
    try:
        call()
        print("no error")
    except TypeError as e:
        print(e)
