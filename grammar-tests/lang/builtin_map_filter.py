# map with one or several iterables, filter with a function or None.
print(list(map(str, [1, 2, 3])))
print(list(map(lambda a, b: a * b, [1, 2, 3], [4, 5, 6, 7])))
print(list(map(pow, [2, 3], [5, 2], [7, 7])))
print(list(filter(None, [0, 1, "", "a", None, [], [0], False, 2.5])))
print(list(filter(lambda x: x % 2, range(10))))
m = map(abs, [-1, -2])
print(next(m), next(m), next(m, "done"))
print(sum(map(len, ["ab", "cde"])))
f = filter(str.isdigit, "a1b22c3")
print("".join(f))
try:
    map(abs)
except TypeError as e:
    print("TypeError:", e)
try:
    list(map(abs, ["x"]))
except TypeError as e:
    print("TypeError:", e)
try:
    filter(None, 3)
except TypeError as e:
    print("TypeError:", e)
print(type(map(abs, [])).__name__, type(filter(None, [])).__name__, type(zip()).__name__)
