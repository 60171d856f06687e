# sets built by comprehension, update and removal: their printed order must match CPython's.
print({x * 7 % 31 for x in range(20)})
print({c for c in "the quick brown fox"})
print({w for w in "one two three four five six".split()})
s = set()
for i in [40, 8, 16, 24, 1, 33]:
    s.add(i)
print(s)
s.discard(8)
s.add(9)
print(s, s.pop(), s)
words = {"apple", "banana", "cherry"}
words.update(["date", "elder"])
print(words, sorted(words))
print({(i, j) for i in range(2) for j in range(2)}, {None, 0, ""}, {1.5, 2.5, -1.0})
print(set("abcdefghijklmnop") - set("aeiou"))
