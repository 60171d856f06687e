# sorted: key, reverse, stability; reversed on sequences and __reversed__.
data = [("b", 2), ("a", 2), ("c", 1), ("a", 1)]
print(sorted(data))
print(sorted(data, key=lambda p: p[1]))
print(sorted(data, key=lambda p: p[1], reverse=True))
print(sorted(data, reverse=True))
print(sorted("hello"))
print(sorted({3: "x", 1: "y", 2: "z"}))
print(sorted([3, 1.5, True, -2]))
print(sorted(["b", "A", "a", "B"], key=str.lower))
print(sorted([], reverse=True))
words = ["bb", "a", "ccc", "dd", "e"]
print(sorted(words, key=len))
print(sorted(words, key=len, reverse=True))
try:
    sorted([1, "a"])
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([1, 2], lambda x: x)
except TypeError as e:
    print("TypeError:", e)
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(4))))
print(list(reversed((1, 2))), tuple(reversed(range(1, 10, 3))))
class R:
    def __reversed__(self):
        return iter("zyx")
print(list(reversed(R())))
class S:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return i * 10
print(list(reversed(S())))
try:
    reversed({1, 2})
except TypeError as e:
    print("TypeError:", e)
try:
    reversed(5)
except TypeError as e:
    print("TypeError:", e)
print(list(reversed({"a": 1, "b": 2})))
