# min/max keyword combinations: key with default, key returning tuples, ties keep the first.
words = ["pear", "fig", "apple", "kiwi", "plum"]
print(max(words, key=len), min(words, key=len), max(words, key=lambda w: (len(w), w)), min(words, key=lambda w: w[-1]))
print(max([], key=len, default="none"), min((), default=0), max([3], default=9), min("b", "a", key=str.upper))
pairs = [(1, "first"), (3, "x"), (3, "second-three"), (1, "y")]
print(max(pairs, key=lambda p: p[0]), min(pairs, key=lambda p: p[0]))
print(max({"a": 3, "b": 5}, key={"a": 3, "b": 5}.get), min(range(10), key=lambda x: abs(x - 4.4)))
print(max(1, 2, key=lambda x: -x), min(1, 2, 3, key=None), max("abc", "abd", "ab"))
try:
    max(key=len)
except TypeError as e:
    print("TypeError:", e)
try:
    min([1, 2], [3], default=0)
except TypeError as e:
    print("TypeError:", e)
try:
    max([1, 2], bogus=1)
except TypeError as e:
    print("TypeError:", e)
