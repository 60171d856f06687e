# enumerate with start; zip, including strict=True and its ValueErrors.
print(list(enumerate("abc")))
print(list(enumerate("abc", 1)))
print(list(enumerate("abc", start=-2)))
print(list(enumerate([], 5)))
e = enumerate(["x", "y"])
print(next(e), next(e))
print(list(zip([1, 2, 3], "ab")))
print(list(zip()))
print(list(zip([1, 2])))
print(list(zip(range(3), range(3), strict=True)))
print(dict(zip("abc", range(3))))
for a, b in [([1, 2, 3], [4, 5]), ([1], [4, 5, 6])]:
    try:
        print(list(zip(a, b, strict=True)))
    except ValueError as e:
        print("ValueError:", e)
try:
    list(zip([1], [2], [3, 4], strict=True))
except ValueError as e:
    print("ValueError:", e)
try:
    list(zip([1, 2], [3], [4], strict=True))
except ValueError as e:
    print("ValueError:", e)
try:
    zip(1, [2])
except TypeError as e:
    print("TypeError:", e)
try:
    enumerate(5)
except TypeError as e:
    print("TypeError:", e)
unzipped = list(zip(*[(1, "a"), (2, "b")]))
print(unzipped)
