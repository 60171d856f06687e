# str membership, repetition, concatenation in loops, and iteration by code point.
s = ""
for i in range(5):
    s += str(i) * i
print(s, len(s), "333" in s, "5" in s)
word = "naïve café"
print([c for c in word if c not in "aeiou"], word.count("é"), word.index("c"))
print(list(enumerate("héllo"))[1], "".join(reversed(word)), word[::-1] == "".join(reversed(word)))
print(sorted(set("mississippi")), "-" * 20, "ab" * 2 + "c")
print(max("hello world".split(), key=len), min("zeta alpha mu".split()))
print("a" in "a", "" in "abc", "abc" in "ab", "😀" * 3, len("😀" * 3))
table = {c: word.count(c) for c in sorted(set(word))}
print(table)
