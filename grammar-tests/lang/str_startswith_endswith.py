# startswith/endswith with a str, with a tuple, and with start/end.
s = "hello world"
print(s.startswith("hell"), s.startswith("world"), s.startswith("world", 6), s.startswith("lo", 3, 5))
print(s.endswith("world"), s.endswith("hello", 0, 5), s.endswith("o", 0, -6), s.endswith(""))
print(s.startswith(("x", "he")), s.endswith(("x", "y")), s.startswith(()), s.endswith(("ld",)))
print("".startswith(""), "".endswith("a"), s.startswith("", 11), s.startswith("", 12))
print(s.startswith("h", -11), s.endswith("d", -1), s.endswith("wor", None, -2))
try:
    s.startswith(["he"])
except TypeError as e:
    print("TypeError:", e)
try:
    s.endswith(("a", 1))
except TypeError as e:
    print("TypeError:", e)
print("éclair".startswith("é"), "naïve".endswith("ïve"))
