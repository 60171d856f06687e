# chr and ord over the whole code point range and the errors.
print(chr(65), chr(0x263A), chr(0x1F600), repr(chr(0)), ord("a"), ord("€"), ord("\U0010ffff"))
print(ord(b"a"), ord(bytearray(b"z")), chr(ord("q")) == "q")
print([chr(c) for c in range(97, 102)])
for v in [-1, 0x110000, 2**40]:
    try:
        chr(v)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
try:
    chr("a")
except TypeError as e:
    print("TypeError:", e)
try:
    chr(1.0)
except TypeError as e:
    print("TypeError:", e)
for v in ["ab", "", b"ab"]:
    try:
        ord(v)
    except TypeError as e:
        print("TypeError:", e)
try:
    ord(5)
except TypeError as e:
    print("TypeError:", e)
