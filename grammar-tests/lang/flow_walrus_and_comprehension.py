# Assignment expressions in conditions, loops and comprehensions; their scope.
data = [1, 5, 2, 8, 3]
if (n := len(data)) > 3:
    print("long list", n)
it = iter(data)
while (v := next(it, None)) is not None:
    if v > 4:
        print("first big", v)
        break
print([y for x in data if (y := x * 2) > 5], y)
print(any((hit := x) > 6 for x in data), hit)
total = 0
print([total := total + x for x in data], total)


def f():
    [z := i for i in range(3)]
    return z


print(f())
