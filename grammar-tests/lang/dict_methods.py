# dict methods: get, setdefault, pop, popitem, update, fromkeys, copy, clear, keys/values/items.
d = {"a": 1, "b": 2}
print(d.get("a"), d.get("z"), d.get("z", 0), d.setdefault("a", 9), d.setdefault("c", 3), d.setdefault("n"), d)
print(d.pop("n"), d.pop("zz", "dflt"), d)
print(d.popitem(), d)
d.update({"x": 10}, y=20)
d.update([("p", 1), ("q", 2)])
d.update(k=0)
print(d)
print(dict.fromkeys("abc"), dict.fromkeys(["a", "b"], 0), dict.fromkeys(range(2), []))
e = d.copy()
d.clear()
print(d, e, len(e), list(e.keys())[:2], list(e.values())[:2], list(e.items())[:2])
print(dict(a=1, b=2), dict([("x", 1)]), dict({"y": 2}, z=3), dict(), dict(zip("ab", [1, 2])))
for bad in [lambda: {}.pop("k"), lambda: {}.popitem(), lambda: dict([1, 2]), lambda: dict([("a", 1, 2)]), lambda: {}.update(1),
            lambda: {"a": 1}["b"], lambda: {[]: 1}, lambda: {}.get(), lambda: dict(1, 2)]:
    try:
        bad()
    except (KeyError, TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e, repr(e))
try:
    {}[("t", 1)]
except KeyError as e:
    print("KeyError:", e, e.args)
try:
    {}[""]
except KeyError as e:
    print("KeyError:", e)
class M(dict):
    def __missing__(self, key):
        return key * 2
m = M(a=1)
print(m["a"], m["zz"], m.get("zz"), "zz" in m)
