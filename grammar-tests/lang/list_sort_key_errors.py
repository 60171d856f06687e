# list.sort: key errors propagate, list unchanged semantics, comparisons of mixed types fail cleanly.
l = [3, 1, 2]
try:
    l.sort(key=lambda x: 1 / (x - 2))
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(sorted(l))
try:
    sorted([1, None, 3])
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([{1}, [1]])
except TypeError as e:
    print("TypeError:", e)
try:
    [3j, 1j].sort()
except TypeError as e:
    print("TypeError:", e)
print(sorted([{3}, {1, 3}, {3, 1, 2}], key=len), sorted([[1, 2], [1], [0, 5]]))
print(sorted([(2, "b"), (1, None)]), sorted(["b", "a"], key=lambda s: (len(s), s)))
words = "Banana apple Cherry date".split()
words.sort()
print(words)
words.sort(key=str.lower, reverse=True)
print(words)
