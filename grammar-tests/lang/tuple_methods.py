# tuples: construction, count/index, slicing, comparisons, hashing, concatenation and errors.
t = (1, 2, 3, 2, 1)
print(t, t.count(2), t.index(3), t.index(1, 1), t[1:4], t[::-1], t[-1], len(t), tuple(), tuple("ab"), (1,), ())
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 9), (1, 2) == (1, 2), (1,) == [1], () < (0,))
print(t + (4,), (0,) * 3, 3 * ("a",), 2 in t, (1, (2, 3)) == (1, (2, 3)), hash((1, 2)) == hash((1, 2)))
a, *b, c = t
print(a, b, c)
for bad in [lambda: t.index(9), lambda: t[10], lambda: t + [1], lambda: (1,) < ("a",)]:
    try:
        bad()
    except (ValueError, IndexError, TypeError) as e:
        print(type(e).__name__ + ":", e)
try:
    t[0] = 5
except TypeError as e:
    print("TypeError:", e)
try:
    del t[0]
except TypeError as e:
    print("TypeError:", e)
u = ([1], 2)
u[0].append(3)
print(u, repr((1, "a", None)), str(("x",)))
print(tuple([1, 2]) is not None, type(()).__name__, (1, 2, 3)[1:], tuple(range(3)))
x = 1, 2
y = x
x += (3,)
print(x, y)
