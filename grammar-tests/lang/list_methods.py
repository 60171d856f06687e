# list methods: append, extend, insert, pop, remove, index, count, reverse, copy, clear, sort.
l = [3, 1, 2]
l.append(4)
l.extend([5, 6])
l.extend("ab")
l.extend(range(2))
l.insert(0, "first")
l.insert(100, "last")
l.insert(-1, "before-last")
print(l)
print(l.pop(), l.pop(0), l.pop(-2), l)
l.remove("a")
print(l, l.index(2), l.index(1, 1), l.count(1), l.count("z"))
l2 = l.copy()
l2.reverse()
print(l2, l2 is not l, l == l2[::-1])
l.clear()
print(l, len(l))
for bad in [lambda: [].pop(), lambda: [1].pop(5), lambda: [1].remove(2), lambda: [1, 2].index(3), lambda: [1].index(1, 1),
            lambda: [].insert("a", 1), lambda: [1].pop("x")]:
    try:
        bad()
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
n = [5, 2, 8, 1]
n.sort()
print(n)
n.sort(reverse=True)
print(n)
w = ["banana", "Apple", "cherry", "apple"]
w.sort(key=str.lower)
print(w)
w.sort(key=len, reverse=True)
print(w)
print(n.sort(), sorted(n))
try:
    [3, "a"].sort()
except TypeError as e:
    print("TypeError:", e)
try:
    [1].sort(lambda x: x)
except TypeError as e:
    print("TypeError:", e)
pairs = [(1, "b"), (0, "a"), (1, "a"), (0, "b")]
pairs.sort(key=lambda p: p[0])
print(pairs)
