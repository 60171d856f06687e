# `s += t` in a loop grows the string in place when nothing else holds it; every other
# reference (an alias, a dict key, a list item, a constant) must keep its old value.


def build(n):
    s = ""
    for i in range(n):
        s += str(i % 10)
    return s


def aliases():
    s = "ab"
    t = s
    s += "c"
    print(s, t)
    s = s + "é"
    print(s, len(s), s[3], s[-1], hash(s) == hash("abcé"))
    keys = {s: "old"}
    s += "!"
    print(keys, s in keys, s[:-1] in keys)
    items = [s]
    s += "?"
    print(items, s)
    for k in range(3):
        s += "ü" * k
    print(s, len(s), s.upper())


def errors():
    s = "x"
    try:
        s += 1
    except TypeError as e:
        print("TypeError:", e, "| s is still", repr(s))
    try:
        s = s + None
    except TypeError as e:
        print("TypeError:", e, "| s is still", repr(s))


class Tag(str):
    def __add__(self, other):
        return Tag(str.__add__(self, other).upper())


def subclass():
    t = Tag("a")
    t += "b"
    print(type(t).__name__, t)
    u = "c"
    u += Tag("d")
    print(type(u).__name__, u)


s = build(100_000)
print(len(s), s[:12], s[-5:], s.count("7"))
aliases()
errors()
subclass()
g = "glob"
g += "al"
print(g)
g = g + g
print(g)
