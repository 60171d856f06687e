# range objects: len, index, count, slicing, containment, equality, repr, negative steps, reversed.
r = range(0, 20, 3)
print(r, len(r), r[2], r[-1], r[1:4], r[::-1], r[::2], r[-2:], r[10:], list(r[5:1:-2]))
print(r.index(9), r.count(9), r.count(10), 9 in r, 10 in r, 9.0 in r, "9" in r, r.start, r.stop, r.step)
n = range(10, -10, -4)
print(n, list(n), len(n), n[0], n[-1], n.index(-6), -6 in n, -7 in n, list(reversed(n)), n[1:3])
print(range(0) == range(5, 5), range(0, 3) == range(3), range(0, 5, 2) == range(0, 6, 2), range(1) != range(2))
print(len(range(-5)), bool(range(0)), bool(range(1)))
print(list(range(5)[::-2]), range(3)[-3], hash(range(3)) == hash(range(0, 3)), sum(range(1, 11)))
for bad in [lambda: r[100], lambda: r.index(10), lambda: range(3)["a"], lambda: range(1, 2, 0)]:
    try:
        bad()
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
print(range(5)[1:100], range(1, 10, 4)[1:], range(2, 3, -1), list(range(2, 3, -1)))
print(min(range(3, 9)), max(range(3, 9, 2)), sorted(range(3, 0, -1)), tuple(range(3)))
