# center/ljust/rjust with fill characters, zfill with signs.
print(repr("ab".center(7)), repr("ab".center(6, "*")), repr("abc".center(6, "*")), repr("abc".center(2)))
print(repr("ab".ljust(5)), repr("ab".ljust(5, ".")), repr("ab".rjust(5, "é")), repr("abcdef".rjust(3)))
print("42".zfill(5), "-42".zfill(5), "+42".zfill(5), "abc".zfill(5), "".zfill(3), "1234".zfill(2), "-".zfill(3))
print("日本".center(6, "・"), "x".center(4, "-"), "x".center(5, "-"))
try:
    "a".center(5, "ab")
except TypeError as e:
    print("TypeError:", e)
try:
    "a".ljust("5")
except TypeError as e:
    print("TypeError:", e)
