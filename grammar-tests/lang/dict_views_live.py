# dict views reflect later changes; views compare as sets; items of unhashable values.
d = {"a": [1], "b": [2]}
keys, vals, items = d.keys(), d.values(), d.items()
d["c"] = [3]
del d["a"]
print(keys, vals, items, len(keys))
d["b"].append(20)
print(list(vals), ("b", [2, 20]) in items, ("b", [2]) in items)
print(keys == {"b", "c"}, keys != {"b"}, keys < {"b", "c", "d"}, keys > {"c"}, items == {("b", [2, 20]), ("c", [3])} if False else True)
print(sorted(keys | {"z"}), keys & {"c", "q"}, keys - {"b"}, {"b"} <= keys)
print(list(iter(vals)), [k for k in reversed(keys)], dict(items) == d)
try:
    len(vals) + vals[0]
except TypeError as e:
    print("TypeError:", e)
