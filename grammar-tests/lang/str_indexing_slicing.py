# indexing and slicing by code point, negative indices and steps, non-ASCII text.
s = "héllo, 日本語 😀!"
print(len(s), s[0], s[1], s[-1], s[-2], s[7], s[8:10])
print(s[::-1])
print(s[::2], s[1::3], s[-3:], s[:-3], s[100:], s[-100:2], s[5:1], s[5:1:-1])
print(s[::-2], s[-1:-5:-1], s[10:2:-3])
try:
    s[100]
except IndexError as e:
    print("IndexError:", e)
try:
    s["a"]
except TypeError as e:
    print("TypeError:", e)
try:
    s[::0]
except ValueError as e:
    print("ValueError:", e)
try:
    s[0] = "x"
except TypeError as e:
    print("TypeError:", e)
print(s[True], s[slice(2, 5)], s[slice(None, None, -4)])
class I:
    def __index__(self):
        return 2
print(s[I()], s[I():])
print([c for c in "aé😀"], list(reversed("abc")), "😀" in s, "日本" in s, "" in s)
