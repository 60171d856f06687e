# dict insertion order, |, |=, equality, re-insertion, 1/1.0/True as one key, repr, comparisons.
d = {}
d["z"] = 1
d["a"] = 2
d["m"] = 3
print(d, list(d))
d["z"] = 10
print(d)
del d["z"]
d["z"] = 1
print(d)
print({1: "int", 1.0: "float", True: "bool"}, {True: "a", 1: "b"}, {0: "a", False: "b", 0.0: "c"})
x = {1: "a"}
x[1.0] = "b"
print(x, list(x)[0], type(list(x)[0]).__name__)
a = {"x": 1, "y": 2}
b = {"y": 20, "z": 30}
print(a | b, b | a, a)
a |= b
print(a)
a |= [("w", 0)]
print(a)
print({"a": 1, "b": 2} == {"b": 2, "a": 1}, {1: 1} == {1.0: 1}, {} == {}, {1: [1]} != {1: [2]})
try:
    {} < {}
except TypeError as e:
    print("TypeError:", e)
try:
    {} | [("a", 1)]
except TypeError as e:
    print("TypeError:", e)
nested = {"l": [1, {"d": (2,)}], "s": "q'", 5: None, (1, 2): 3.5, None: True, frozenset(): b"x"}
print(nested)
print(len(nested), "l" in nested, (1, 2) in nested, [1, 2] in [[1, 2]])
try:
    [1] in nested
except TypeError as e:
    print("TypeError:", e)
