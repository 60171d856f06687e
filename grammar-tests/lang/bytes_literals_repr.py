# bytes literals, repr of every byte class, indexing gives ints, slicing gives bytes.
b = b"abc\x00\xff\n\t\\'\""
print(b, repr(b), len(b), b[0], b[-1], b[1:3], b[::-1], b[::4], list(b[:3]))
print(bytes(range(0, 256, 17)), b'"', b"'", b"'\"", rb"\n", br"\x00")
print(bytes(3), bytes([65, 66]), bytes("é", "utf-8"), bytes(b"copy"), bytes(), bytes(range(3)), bytes(bytearray(b"ba")))
print(b"a" + b"b", b"ab" * 3, b"b" in b"abc", 98 in b"abc", b"" in b"x", b"a" < b"b", b"abc" == b"abc", b"a" == "a")
for args in [([256],), ([-1],), ("str",), (1.5,), (["a"],)]:
    try:
        bytes(*args)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
try:
    b"a" + "b"
except TypeError as e:
    print("TypeError:", e)
try:
    b"abc"[5]
except IndexError as e:
    print("IndexError:", e)
try:
    b"abc"[0] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    "s" in b"abc"
except TypeError as e:
    print("TypeError:", e)
print(hash(b"x") == hash(b"x"), b"x" in {b"x": 1}, str(b"q"), bytes.__name__)
