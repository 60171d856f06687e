# repr of nested and recursive containers, empty containers, and containers of special floats.
print([], (), {}, set(), frozenset(), [[]], [()], ({},), [set()], {(): []})
print([1.0, -0.0, float("inf"), float("nan")], (1e100, 1e-100), {0.1: 1e16})
a = [1, 2]
a.append(a)
b = {"k": a}
print(a, b, [a, a])
t = ([],)
t[0].append(t)
print(t)
d = {}
d[1] = [d, {2: d}]
print(d)
s = ["x"]
s.append([s, (s,)])
print(s, repr(s) == str(s))
print(repr([None, True, ..., NotImplemented]), str([print]) == repr([print]))
