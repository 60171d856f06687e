# Comprehensions have their own scope; the loop variable does not leak; walrus binds outside.
x = "outer"
lst = [x for x in range(3)]
print(x, lst)
print([y := i * 2 for i in range(3)], y)
print({k: v for k, v in zip("ab", (1, 2))}, {c for c in "aab"} == {"a", "b"})
g = (n * n for n in range(4))
print(type(g).__name__, list(g), list(g))
print([(i, j) for i in range(3) for j in range(i)])
print([i for i in range(10) if i % 2 if i > 3])
matrix = [[1, 2], [3, 4]]
print([v for row in matrix for v in row], [[r[i] for r in matrix] for i in range(2)])


def f():
    total = 10
    return [total + i for i in range(2)]


print(f())
try:
    [undefined for _ in range(1)]
except NameError as e:
    print(e)
print(sum(i for i in range(5)), any(c == "z" for c in "xyz"))
