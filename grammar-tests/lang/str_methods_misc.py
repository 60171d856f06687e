# less common str methods and arguments: count/replace with ranges, splitlines edge cases, zfill, center.
s = "abcabcabc"
print(s.count("abc", 1), s.count("abc", 0, 6), s.count("", 2, 4), s.replace("abc", "X", 0), s.replace("bc", "", 2))
print("a\n\nb\n".splitlines(), "a\n\nb\n".split("\n"), "\r\n".splitlines(True), "x\ry".splitlines())
print("hello"[1:-1].center(9, "-"), "ab".center(1), "ab".center(3, "*"), "ab".center(4, "*"))
print("3.14".zfill(7), "-3.14".zfill(7), "+".zfill(3), "ab".zfill(-1))
print("Hello World".swapcase().title(), "hELLO".capitalize(), "a1b2".upper(), "ÀÉÎ".lower())
print("  x  ".strip(" x"), "www.example.com".strip("cmowz."), "<<a>>".strip("<>"), "\t\n a".lstrip())
print("a,b;c d".replace(",", " ").replace(";", " ").split(), "1,2,,3,".split(","), " a ".split(" "))
print("tab\tsep\tvalues".expandtabs(6), "ab".join("123"), "x".join(["only"]))
