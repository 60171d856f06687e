# list methods' exact error messages and argument validation.
l = [1, 2, 3]
for bad in [lambda: l.pop(10), lambda: l.pop(-10), lambda: [].pop(), lambda: l.remove(9), lambda: l.index(9),
            lambda: l.index(1, 5), lambda: l.insert(), lambda: l.append(), lambda: l.append(1, 2), lambda: l.extend(5),
            lambda: l.count(), lambda: l.sort(key=5), lambda: l[5], lambda: l.__getitem__("a"), lambda: list(1, 2)]:
    try:
        print(bad())
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
print(l, l.index(3), l.index(3, -1), l.count(2))
