# Strings around the length where pyasync stops keeping the text inside the object
# (37 bytes): building, growing, slicing, hashing and comparing must not notice it.


def show(label, s):
    print(label, len(s), repr(s[:5]), repr(s[-5:]), s.isascii(), hash(s) == hash(s[:] + ""))


for n in range(34, 41):
    a = "a" * n
    show("ascii", a)
    e = "é" * n  # two bytes each: the byte count crosses the limit before the char count
    show("latin", e)
    show("mixed", "x" * (n - 2) + "€!")
    show("wide", "😀" * (n // 4))

# s += t crossing the limit one char at a time, ASCII and not.
s = ""
t = ""
for i in range(45):
    s += str(i % 10)
    t += "ü" if i % 3 == 0 else "u"
    if i in (35, 36, 37, 38, 44):
        print(i, len(s), s[-3:], len(t), t[-3:], t.count("ü"), s == "".join(str(j % 10) for j in range(i + 1)))

# f-strings and joins landing on each side of the limit.
for k in (9, 10, 11):
    f = f"item-{k * 1111111}:{k}-{'é' * k}"
    print(len(f), f, f.upper(), f.partition(":")[2])
parts = ["abcdefghij", "ĳklmnopqrs", "tuvwxyz012"]
for sep in ("", "-", "--", "——"):
    j = sep.join(parts)
    print(len(j), j, j.split(sep)[1:] if sep else j[30:], j.find("z"), j[::-1][:4])

# Replacing and slicing back and forth across the limit; dict keys of both kinds.
long = "key-" * 10
short = long.replace("key-", "k")
print(len(long), len(short), long[4:41], long.replace("k", "KK")[:12])
d = {long: 1, short: 2, long[:37]: 3, long[:38]: 4}
print(d[long], d["k" * 10], d["key-" * 9 + "k"], d["key-" * 9 + "ke"], sorted(map(len, d)))
print(long.encode()[:8], ("é" * 19).encode()[-4:], len(("é" * 19).encode()))
print(max("a" * 37, "a" * 38), min("é" * 18 + "f", "é" * 19))
print("x" * 37 in {"x" * 37}, "x" * 38 in {"x" * 37})
