# bytes methods: decode, hex, fromhex, split, join, find, replace, startswith, strip, upper, count...
b = b"Hello, World"
print(b.decode(), b.hex(), b.hex(":"), b.hex("-", 2), bytes.fromhex("48 65 6c6c"), bytes.fromhex(""))
print(b.split(b", "), b"a b  c".split(), b"a,b,c".split(b",", 1), b"a,b,c".rsplit(b",", 1), b"x\ny\r\nz".splitlines())
print(b"-".join([b"a", b"b", bytearray(b"c")]), b"".join([]), b.find(b"o"), b.rfind(b"o"), b.find(111), b.index(b"W"))
print(b.replace(b"l", b"L"), b.replace(b"l", b"L", 1), b.startswith(b"He"), b.endswith((b"x", b"ld")), b.count(b"l"))
print(b"  pad  ".strip(), b"xxhixx".strip(b"x"), b.upper(), b.lower(), b.swapcase(), b"hello world".title(), b"abc".capitalize())
print(b"abc".center(7, b"*"), b"ab".ljust(4, b"."), b"ab".rjust(4), b"42".zfill(5), b"a:b".partition(b":"), b"a:b:c".rpartition(b":"))
print(b"abc".isalpha(), b"123".isdigit(), b"a1".isalnum(), b" ".isspace(), b"ABC".isupper(), b"abc".islower(), b"Ab Cd".istitle())
print(b"a\tb".expandtabs(4), b"prefix.x".removeprefix(b"prefix."), b"x.txt".removesuffix(b".txt"), b"\xff\xfe".hex())
print(b"abc".translate(bytes.maketrans(b"abc", b"xyz")), b"hello".translate(None, b"l"), bytes.maketrans(b"", b"")[:5])
print(b"caf\xc3\xa9".decode("utf-8"), b"\xe9".decode("latin-1"), b"abc".decode(errors="strict"))
try:
    bytes.fromhex("zz")
except ValueError as e:
    print("ValueError:", e)
try:
    b.find("o")
except TypeError as e:
    print("TypeError:", e)
try:
    b"-".join([b"a", "b"])
except TypeError as e:
    print("TypeError:", e)
try:
    b.index(b"zz")
except ValueError as e:
    print("ValueError:", e)
