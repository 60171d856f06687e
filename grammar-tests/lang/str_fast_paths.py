# The fast paths of str(i), int(s), f-string fields, join/split/partition/replace/strip
# behave exactly like the general ones, errors and object identity included.


class S(str):
    pass


class I(int):
    pass


print(str(0), str(-7), str(9223372036854775807), str(-9223372036854775808))
print(int("12"), int("+5"), int("-0"), int(" 7 "), int("1_000"), int("٣٤"), int("00012"))
print(int("123456789012345678901234567890"), int(-3), type(int(I(4))).__name__)
for bad in ["", "-", "+", "1__0", "_1", "1.5", "12a", " ", "--1"]:
    try:
        int(bad)
    except ValueError as e:
        print("ValueError:", e)
print(type(str(S("x"))).__name__, str(S("x")) == "x", type(str(True)).__name__, str(True))
i, big, s = 42, 2**70, "txt"
print(f"{i}|{-i}|{big}|{s}|{S('sub')}|{True}|{1.5}|{i:>5}|{s!r}|{i:x}")
print(len(f"é{i}ü"), f"é{i}ü"[1], f"{'日本'}{i}"[2:])

s = "abc"
print(s.partition(":")[0] is s, s.rpartition(":")[2] is s, "".join([s]) is s)
print(s.replace("x", "y") is s, s.replace("b", "B", 0) is s, s.strip() is s)
print("a:b:c".partition(":"), "a:b:c".rpartition(":"), "日:本".partition(":"))
sep = S(":")
t = "a:b".partition(sep)
print(t, type(t[1]).__name__, t[1] is sep)
try:
    "a".partition("")
except ValueError as e:
    print("ValueError:", e)
try:
    "a".partition(1)
except TypeError as e:
    print("TypeError:", e)

print("abc".replace("", "-"), "abc".replace("", "-", 2), "aaaa".replace("aa", "b"))
print("日本日本".replace("本", "x"), len("日本日本".replace("本", "xy")), "abcabc".replace("c", "", 1))
try:
    "a".replace(1, "b")
except TypeError as e:
    print("TypeError:", e)

print("a,b,,c".split(","), "a,b,,c".rsplit(",", 1), "a,b,c".split(",", 0), "aaa".rsplit("aa"))
print("  a  b  ".split(), "  a  b  ".split(None, 1), "  a  b  ".rsplit(None, 1), "日 本".split())
print("x--y--z".split("--"), "x--y--z".rsplit("--", 1), "l1\nl2\r\nl3".splitlines(True))
print(",".join(("a", "b")), "-".join(x for x in "xyz"), "日".join(["a", "b"]), len("日".join(["a", "b"])))
try:
    ",".join(["a", 1])
except TypeError as e:
    print("TypeError:", e)
try:
    ",".join(5)
except TypeError as e:
    print("TypeError:", e)

print("item7".endswith("7"), "item7".endswith(("x", "7")), "item7".startswith("it", 1), "ab".endswith("b", 0, 1))
print("a7b7".count("7"), "日7本7".count("7"), "aaaa".count("aa"), "abc".count(""), "abc".count("b", 2))
print("MiXeD".upper(), "MiXeD".lower(), "straße".upper(), "ÉCOLE".lower())
print("abcb".find("b"), "日本b".find("b"), "abcb".rfind("b", 0, 3), "日本b".index("b"))
print(str(12345)[-1], "日本語"[-1], "  x ".strip(), "xxaxx".strip("x"))
