# set methods taking several iterables and non-set arguments; subset relations with lists.
s = {1, 2, 3}
print(s.union(), s.union([4], (5,), range(6, 8)), s.intersection([2, 3, 4], (3, 2)), s.difference("abc"), s.difference([1], [2]))
print(s.issubset([1, 2, 3, 4]), s.issuperset((1,)), s.isdisjoint(range(4, 9)), s.symmetric_difference([3, 4]))
t = set("hello")
t.update("world", ["!"])
print(sorted(t))
t.intersection_update("lowered", "hold")
print(sorted(t))
t.difference_update(["l"], "x")
print(sorted(t))
for bad in [lambda: s.union(5), lambda: s.issubset(3), lambda: s.update(None), lambda: s.remove([])]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
