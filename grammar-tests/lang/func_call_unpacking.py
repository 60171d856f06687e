# Call-site unpacking of iterables and mappings, with keyword order preserved.
def show(*args, **kwargs):
    return args, list(kwargs.items())


print(show(*range(3), *"ab"))
print(show(**{"z": 1, "a": 2}, m=3))
print(show(1, *[2], 3, *(), k=1, **{"j": 2}))


class Mapping:
    def keys(self):
        return ["p", "q"]

    def __getitem__(self, k):
        return k.upper()


print(show(**Mapping()))


def gen():
    yield 1
    yield 2


print(show(*gen()))
first, *rest = range(5)
*init, last = "abc"
a, (b, c), d = 1, (2, 3), 4
print(first, rest, init, last, a, b, c, d)
[x, *y], z = [1, 2, 3], 4
print(x, y, z)
print([*range(2), *"xy"], {**{"a": 1}, "b": 2}, {*[1, 1], 2})
try:
    a, b = 1, 2, 3
except ValueError as e:
    print(e)
try:
    a, *b, c = [1]
except ValueError as e:
    print(e)
try:
    a, b = 1
except TypeError as e:
    print(e)
