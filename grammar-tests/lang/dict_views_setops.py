# dict views: live updates, set operations on keys/items, membership, reversed, repr.
d = {"a": 1, "b": 2, "c": 3}
k, v, it = d.keys(), d.values(), d.items()
print(k, v, it)
d["d"] = 4
print(len(k), list(v), ("d", 4) in it, "a" in k, 2 in v, ("a", 2) in it)
print(k & {"a", "z"}, k | {"z"}, k - {"a"}, k ^ {"a", "q"}, sorted(k & ["b", "c"]))
print(it & {("a", 1)}, it - {("a", 1), ("b", 2), ("c", 3)}, k == {"a", "b", "c", "d"}, k <= {"a", "b", "c", "d", "e"})
print(k.isdisjoint({"x"}), list(reversed(k)), list(reversed(v)), list(reversed(it)))
print(type(k).__name__, type(v).__name__, type(it).__name__, v == v, k == k)
print({}.keys(), dict(x=[1]).values(), dict(x=1).items())
print(list(d), list(iter(k)), [x for x in it])
print(d.keys() - d.keys(), {1: 2}.items() | {(3, 4)})
try:
    k[0]
except TypeError as e:
    print("TypeError:", e)
