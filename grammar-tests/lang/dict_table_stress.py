# The dict's hash table under growth, deletions, popitem and colliding keys: order, lookups
# and lengths must stay right through every path (tombstones, sweeps, re-insertion).


class Collide:
    """Every instance hashes alike; equal by name."""

    def __init__(self, name):
        self.name = name

    def __hash__(self):
        return 42

    def __eq__(self, other):
        return isinstance(other, Collide) and self.name == other.name

    def __repr__(self):
        return f"C({self.name})"


def check(d, expected):
    assert list(d) == list(expected), (list(d), list(expected))
    for k, v in expected.items():
        assert d[k] == v and k in d and d.get(k) == v


# Growth from empty through many sizes, int and str keys mixed.
d = {}
ref = []
for i in range(3000):
    k = i if i % 3 else f"k{i}"
    d[k] = i
    ref.append(k)
print(len(d), list(d)[:5], list(d)[-3:])
print(all(d[k] == (k if isinstance(k, int) else int(k[1:])) for k in ref))

# Delete most, then re-insert: the order is the new insertion order.
for i in range(0, 3000, 2):
    k = i if i % 3 else f"k{i}"
    del d[k]
print(len(d), list(d)[:4], list(d)[-2:])
for i in range(0, 3000, 4):
    d[i] = -i
print(len(d), list(d)[-3:], d.get(0), d.get(2), d.get(4))

# A queue: insert at the end, delete from the front, many times (sweeps of tombstones).
q = {}
for i in range(20000):
    q[i] = i
    if i >= 10:
        del q[i - 10]
print(len(q), list(q), 19995 in q, 5 in q)

# popitem from the end, then insertions reuse the positions.
p = {i: str(i) for i in range(20)}
print([p.popitem() for _ in range(5)])
p[100] = "x"
p[16] = "again"
print(list(p.items())[-3:], len(p), 17 in p, p.get(16))
while p:
    p.popitem()
print(p, len(p))
p["a"] = 1
print(p)

# 1 == 1.0 == True: one key, the first key object kept, the last value.
e = {1: "int"}
e[1.0] = "float"
e[True] = "bool"
print(e, len(e))
e = {True: "b", 1: "i", 1.0: "f", 0: "z", False: "F", 0.0: "zf"}
print(e)

# Keys with the same hash compare by __eq__.
c = {}
for n in "abcde":
    c[Collide(n)] = n
c[Collide("c")] = "C"
print(c, len(c), c[Collide("e")], Collide("zz") in c)
del c[Collide("a")]
c[Collide("a")] = "A"
print(list(c.values()))
h = {42: "int", Collide("x"): "x"}
print(h[42], h[Collide("x")], h.get(Collide("y")))


class Grabby:
    """An __eq__ that empties the dict being probed."""

    def __init__(self, d):
        self.d = d

    def __hash__(self):
        return 7

    def __eq__(self, other):
        self.d.clear()
        return False


g = {}
g[Grabby(g)] = 1
try:
    print(g.get(Grabby(g)), len(g))
except RuntimeError as err:
    print("RuntimeError", err)

# Copies and clears keep working tables.
big = {i: i for i in range(1000)}
cp = big.copy()
big.clear()
big[5] = 5
print(len(cp), cp[999], big, cp.get(1000))
cp.update({i: 0 for i in range(500, 1500)})
print(len(cp), cp[1499], list(cp)[-1], sum(cp.values()))
