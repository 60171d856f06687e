# find/index/count/split on non-ASCII text report code point positions, not byte offsets.
s = "añb日c😀d日"
print(s.find("b"), s.find("日"), s.rfind("日"), s.find("😀"), s.index("d"), s.rindex("日", 0, 5), s.find("日", 4))
print(s.count("日"), s.split("日"), s.partition("😀"), s.rpartition("日"), s.startswith("ñ", 1), s.endswith("d", 0, -1))
print(s.replace("日", "ri"), s.upper(), len(s), s[3], s[-2], s[2:6], s.center(12, "·"))
print("é".join("日本"), "📦".join(["a", "b"]), "x日y".split("日"), "日".encode(), "\u00e9" == "é")
print([i for i, c in enumerate(s) if c == "日"], s.expandtabs(), "ñ".isalpha(), "日".isalpha(), "😀".isalpha())
