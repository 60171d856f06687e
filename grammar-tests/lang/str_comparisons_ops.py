# str comparison (by code point), *, +, in, and the TypeErrors mixing types.
print("a" < "b", "a" < "B", "abc" < "abd", "ab" < "abc", "" < "a", "é" > "z", "Z" < "a")
print("a" == "a", "a" != "A", "😀" > "日", sorted(["b", "a", "é", "Z", "aa"]))
print("ab" * 3, 3 * "ab", "x" * 0, "x" * -1, repr("" * 5), "ab" + "cd")
print("b" in "abc", "ac" in "abc", "" in "", "A" not in "abc")
try:
    "a" + 1
except TypeError as e:
    print("TypeError:", e)
try:
    1 + "a"
except TypeError as e:
    print("TypeError:", e)
try:
    "a" < 1
except TypeError as e:
    print("TypeError:", e)
try:
    "a" * "b"
except TypeError as e:
    print("TypeError:", e)
try:
    "a" * 1.5
except TypeError as e:
    print("TypeError:", e)
try:
    1 in "abc"
except TypeError as e:
    print("TypeError:", e)
try:
    "a" - "b"
except TypeError as e:
    print("TypeError:", e)
print("a" == 1, "1" != 1, max("apple", "banana"), min("é", "e"))
s = "x"
s += "y"
s *= 2
print(s)
