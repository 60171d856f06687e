# set methods: add, discard, remove, pop, update family, copy, clear, and predicates.
s = {3, 1, 2}
s.add(5)
s.add(1)
s.discard(3)
s.discard(99)
s.remove(2)
print(s, len(s))
try:
    s.remove(42)
except KeyError as e:
    print("KeyError:", e)
t = {1, 2, 3, 4}
print(s.union(t), s.intersection(t), s.difference(t), t.difference(s), s.symmetric_difference(t))
print(s.union([9], (8,)), t.intersection(range(3), [2, 1]), t.difference([1], {2}))
print(s.issubset(t), {1}.issubset(t), t.issuperset({1, 4}), s.isdisjoint({7}), s.isdisjoint(t))
u = set(t)
u.update([10, 11], {12})
print(u)
u.intersection_update(range(11))
print(u)
u.difference_update([1, 2])
print(u)
u.symmetric_difference_update({3, 100})
print(u)
c = u.copy()
p = c.pop()
print(p, c, u)
c.clear()
print(c, set(), set("hello") == set("olleh"), len(set("mississippi")))
try:
    set().pop()
except KeyError as e:
    print("KeyError:", e)
try:
    {[]}
except TypeError as e:
    print("TypeError:", e)
try:
    set().add({})
except TypeError as e:
    print("TypeError:", e)
print(frozenset([1, 2]), frozenset(), frozenset("aa") | {"b"}, {"b"} | frozenset("aa"), type(frozenset("a") | {"b"}).__name__)
print(hash(frozenset([1, 2])) == hash(frozenset([2, 1])), {frozenset([1]): "k"}[frozenset({1})])
