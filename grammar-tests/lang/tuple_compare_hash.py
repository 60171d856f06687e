# tuple comparisons element by element, equality with mixed numbers, and hash consistency.
print((1, 2, 3) < (1, 2, 4), (1, 2) < (1, 2, -1), (0,) < (0.5,), (1, "a") == (1.0, "a"), (1, 2) != (2, 1))
print(max([(1, "z"), (2, "a"), (2, "b")]), min([(0, 9), (0, 1)]), sorted([(2, 1), (1, 2), (1, 1)]))
print(hash((1, 2)) == hash((1.0, 2)), hash((True,)) == hash((1,)), len({(1, 2), (1.0, 2.0), (2, 1)}))
print((1, [2]) == (1, [2]))
n = float("nan")
print((n,) == (n,), [n] == [n], (n, 1) < (n, 2))
try:
    (1, 2) < (1, "x")
except TypeError as e:
    print("TypeError:", e)
try:
    hash(([],))
except TypeError as e:
    print("TypeError:", e)
