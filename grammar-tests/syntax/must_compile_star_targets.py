first, *rest = [1, 2, 3]
[*init, last] = 'abc'
(a, *b), c = (1, 2), 3
for x, *y in [(1, 2, 3)]:
    pass
print(first, rest, init, last, a, b, c, x, y)
