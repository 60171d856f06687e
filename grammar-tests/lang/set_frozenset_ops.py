# frozenset: hashing, as dict keys and set members, operators returning the left operand's type.
a = frozenset([3, 1, 2])
b = frozenset([2, 3, 4])
print(a, b, a | b, a & b, a - b, a ^ b, type(a | b).__name__, type({1} | a).__name__)
print(a.union([9]), a.intersection({1, 2}), a.difference(b), a.symmetric_difference(b), a.copy() is a)
s = {a, b, frozenset([1, 2, 3])}
print(len(s), a in s, {a: "x"}[frozenset({1, 2, 3})])
print(frozenset() == set(), frozenset([1]) == {1}, a <= frozenset(range(5)), a.isdisjoint([7]))
print(sorted(frozenset("hello")), frozenset("aab") == frozenset("ba"), repr(frozenset()))
try:
    a.add(5)
except AttributeError as e:
    print("AttributeError:", e)
nested = frozenset([frozenset([1]), frozenset([2])])
print(len(nested), frozenset([1]) in nested)
