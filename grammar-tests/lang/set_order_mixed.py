# printed order of sets of ints, strs, tuples and frozensets after updates, matching CPython (PYTHONHASHSEED=0).
import sys
s = set(range(100))
for i in range(0, 100, 3):
    s.discard(i)
s |= {1000, 2000, -5}
print(s)
t = {"alpha", "beta", "gamma", "delta"}
t2 = t & {"beta", "delta", "eps"}
print(t2, t | {"zeta"}, t - {"alpha"}, t ^ {"alpha", "omega"})
fs = frozenset({"x", "y", "z"})
print(fs, fs | t2, {fs: 1})
d = {}
for w in "the cat sat on the mat with a hat".split():
    d[w] = len(w)
print(d, set(d), set(d.values()), {v: k for k, v in d.items()})
print({(1, "a"), (2, "b"), ("c", 3)}, {1.5, "1.5", 1})
x = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10}
x.intersection_update({2, 4, 6, 8, 10, 12})
print(x, x.pop(), x)
y = set("abcdefgh")
y.symmetric_difference_update("efghijkl")
print(y)
print(sorted(sys.modules) == sorted(set(sys.modules)))
