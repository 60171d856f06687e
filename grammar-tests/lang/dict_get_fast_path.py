# d.get(key) / d.get(key, default) in a loop, and every case the fast path must leave alone.


class Key:
    def __init__(self, n):
        self.n = n

    def __hash__(self):
        return hash(self.n)

    def __eq__(self, other):
        print("  __eq__", self.n, other)
        return other == self.n


class Counting(dict):
    def get(self, key, default=None):
        print("  Counting.get", key)
        return super().get(key, default)


class Missing(dict):
    def __missing__(self, key):
        return "missing"


words = ["a", "b", "a", "c", "b", "a", 1, 2, 1, True, 2.0]
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
print(counts)
print([counts.get(k) for k in ("a", "z", 1, 3)])
print(counts.get("z", []), counts.get(("t",), "tuple"), counts.get(2.0, "no"))

# A user key with the same hash as a stored int key: its __eq__ runs.
d = {5: "five", "s": "str"}
print(d.get(Key(5)), d.get(Key(6), "none"))
d[Key(7)] = "seven"
print(d.get(7), d.get(8, "eight?"))

# Subclasses: an overriding get, and __missing__ (which get ignores).
c = Counting(x=1)
print(c.get("x"), c.get("y", 0))
m = Missing(a=1)
print(m.get("a"), m.get("b"), m["b"])

# The shapes the fast path does not take.
print(dict.get(counts, "a"), counts.get(*["a"]), {}.get("k", "d"))
for bad in (lambda: counts.get(), lambda: counts.get(1, 2, 3), lambda: counts.get(key=1),
            lambda: counts.get([1])):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)

# Values are shared, not copied; the default is the object given.
sentinel = object()
box = {"l": [1]}
box.get("l").append(2)
print(box, box.get("q", sentinel) is sentinel)
print(counts.get([]))
