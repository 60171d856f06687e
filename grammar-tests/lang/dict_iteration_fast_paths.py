# Iterating a dict, its keys, values and items, with and without unpacking each item: the
# same values in insertion order, and the same errors when the dict changes under the loop.

d = {"a": 1, "b": 2, "c": 3}
del d["b"]
d["d"] = 4
for k, v in d.items():
    print(k, v)
for item in d.items():
    print(item, type(item).__name__)
print([k for k in d], [v for v in d.values()], [k + str(v) for k, v in d.items()])
print(list(reversed(d.items())), [k for k, v in reversed(d.items())])
total = 0
for key, value in {str(i): i for i in range(100)}.items():
    total += len(key) * value
print(total)

for (k, v) in d.items():
    print("parenthesized", k, v)
for k, *rest in d.items():
    print("starred", k, rest)
try:
    for a, b, c in d.items():
        pass
except ValueError as e:
    print("ValueError:", e)

try:
    for k, v in d.items():
        d[k + k] = v
except RuntimeError as e:
    print("RuntimeError:", e)
print(d)

e = {1: "x", 2: "y"}
try:
    for k, v in e.items():
        del e[k]
        e[k + 10] = v
except RuntimeError as err:
    print("RuntimeError:", err)
print(e)

it = iter({"p": 0}.items())
print(next(it), next(it, "done"))
t = (1, 2)
a, b = t
print(a, b, t)
try:
    x, y = (1, 2, 3)
except ValueError as err:
    print("ValueError:", err)
try:
    x, y = (1,)
except ValueError as err:
    print("ValueError:", err)


class T(tuple):
    def __iter__(self):
        return iter(("overridden", "iter"))


x, y = T((1, 2))
print(x, y)


def gen():
    for k, v in {"g": 1, "h": 2}.items():
        yield k * v


print(list(gen()))
