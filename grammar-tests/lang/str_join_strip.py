# join, and the strip family with and without chars.
print(",".join(["a", "b", "c"]), "".join("xyz"), "-".join([]), " ".join(("1",)), "é".join("ab"))
print("::".join(str(i) for i in range(3)), ", ".join({"k": 1, "j": 2}))
try:
    ",".join([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    ",".join(["a", None])
except TypeError as e:
    print("TypeError:", e)
try:
    ",".join(5)
except TypeError as e:
    print("TypeError:", e)
s = "  \t hello world \n "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print("xxhixx".strip("x"), "abcHIcba".strip("abc"), "..a..".lstrip("."), "..a..".rstrip("."))
print(repr("   ".strip()), repr("".strip("x")), "hello".strip(""), "hello".strip(None))
print(repr("\u3000full width\u3000".strip()), repr("\xa0nbsp\xa0".strip()))
try:
    "a".strip(5)
except TypeError as e:
    print("TypeError:", e)
