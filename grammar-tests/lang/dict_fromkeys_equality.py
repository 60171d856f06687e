# dict equality ignores order, fromkeys on various iterables, dict subclasses with __missing__, get with None.
a = dict.fromkeys(range(3), "v")
b = {2: "v", 0: "v", 1: "v"}
print(a == b, list(a) == list(b), a, b)
print(dict.fromkeys(""), dict.fromkeys("aab"), dict.fromkeys({"x": 1}), dict.fromkeys((1, 1.0, True)))
class Counter(dict):
    def __missing__(self, key):
        self[key] = 0
        return 0
c = Counter()
for ch in "banana":
    c[ch] += 1
print(c, type(c).__name__, isinstance(c, dict), c.get("z"), "z" in c, len(c))
print({"a": None}.get("a", "default"), {"a": 0}.get("a") or "falsy", {} == dict(), {1: 2} != {1: 3})
print(dict([(1, "a"), (1, "b")]), {**{"a": 1}, **{"a": 2, "b": 3}}, dict({"a": 1}, a=5))
