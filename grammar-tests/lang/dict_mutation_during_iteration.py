# changing a dict or set size while iterating raises RuntimeError; changing values is fine.
d = {"a": 1, "b": 2}
for k in d:
    d[k] = d[k] * 10
print(d)
try:
    for k in d:
        d["new"] = 0
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    for k in d:
        del d[k]
except RuntimeError as e:
    print("RuntimeError:", e)
print(d)
try:
    for v in d.values():
        d.pop("b", None)
        d["c"] = 3
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    for item in d.items():
        d.clear()
except RuntimeError as e:
    print("RuntimeError:", e)
s = {1, 2, 3}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print("RuntimeError:", e)
for k in list(d):
    del d[k]
print(d)
