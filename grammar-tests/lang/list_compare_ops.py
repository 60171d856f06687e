# list comparisons, +, *, +=, *=, in, and repr; identity vs equality.
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], [] < [0], [2] > [1, 9], [1, 2] == [1, 2], [1] != [1.0])
print([1, [2]] == [1, [2]], [1, "a"] < [1, "b"], [[1, 2]] < [[1, 3]])
print([1] + [2], [0] * 3, 3 * ["a"], [] * 5, [1, 2] * 0, [1] * -1, 2 in [1, 2], [2] in [[2]])
a = [1]
b = a
a += [2]
a *= 2
print(a, b, a is b)
a += "xy"
print(a)
grid = [[0] * 2] * 2
grid[0][0] = 1
print(grid)
try:
    [1] + (2,)
except TypeError as e:
    print("TypeError:", e)
try:
    [1] < ["a"]
except TypeError as e:
    print("TypeError:", e)
try:
    [1] * 1.5
except TypeError as e:
    print("TypeError:", e)
try:
    [1] < 1
except TypeError as e:
    print("TypeError:", e)
print(list("abc"), list(range(3)), list({"a": 1}), list((1, 2)), list(), list({3, 1}), list(b"ab"))
try:
    list(5)
except TypeError as e:
    print("TypeError:", e)
print(max([[1, 2], [1, 3]]), sorted([[2], [1, 5], [1]]), [1, 2, 3][-1])
