# iterating ranges: reuse, len of empty and negative ranges, reversed, in-loop use.
r = range(2, 20, 5)
print(list(r), list(r), [x for x in r if x > 5], sum(r), len(r))
print(list(range(0, -10, -3)), list(reversed(range(0, -10, -3))), list(range(5, 0, -1)))
it = iter(range(3))
print(next(it), list(it), list(it))
total = 0
for i in range(10, 0, -2):
    total += i
print(total, range(3) == range(0, 3, 1), range(0, 0) == range(5, 2))
print(list(range(-2, 2)), len(range(10, 10)), len(range(10, 0, 3)), list(range(1, 2, 100)))
print(repr(range(0)), str(range(-1, -5, -1)), range(7)[::-1][2], range(1, 8, 2)[-2:])
print(range(3).__len__(), range(10).index(7), range(1, 100, 7).count(50), 50 in range(1, 100, 7))
