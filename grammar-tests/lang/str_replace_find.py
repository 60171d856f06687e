# replace with count, find/rfind/index/rindex with ranges, count.
s = "abcabcabc"
print(s.replace("b", "B"), s.replace("b", "B", 2), s.replace("b", "", -1), s.replace("", "-"), s.replace("", "-", 3))
print("aaa".replace("a", "aa"), "aaaa".replace("aa", "b"), "x".replace("y", "z"), "".replace("", "e"))
print(s.find("c"), s.find("c", 3), s.find("c", 3, 5), s.find("z"), s.find(""), s.find("", 20), s.find("a", -3))
print(s.rfind("c"), s.rfind("c", 0, 8), s.rfind("z"), s.rfind(""), s.rfind("abc", 1))
print(s.index("b"), s.rindex("b"), s.index("ca", 1), s.rindex("ab", 0, 5))
try:
    s.index("z")
except ValueError as e:
    print("ValueError:", e)
try:
    s.rindex("z")
except ValueError as e:
    print("ValueError:", e)
print(s.count("a"), s.count("abc"), s.count(""), s.count("a", 1), s.count("a", 1, 4), "aaaa".count("aa"))
print("héllo wörld".find("ö"), "日本語日本".rfind("日本"), "日本語".index("語"))
print(s.find("a", None, None), s.count("b", -4, None), s.find("c", -100, 100))
try:
    s.find(1)
except TypeError as e:
    print("TypeError:", e)
