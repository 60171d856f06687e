# bytes %-formatting, hex/fromhex round trips, and bytes repr of mixed content.
print(b"%d-%s-%x" % (5, b"mid", 255), b"%5s|%-5s|" % (b"ab", b"cd"), b"%c%c" % (104, b"i"), b"%%")
print(b"%r" % b"x" if False else b"%a" % "ü", b"%.2f" % 3.14159, b"%05d" % -42)
data = bytes(range(250, 256)) + b"\x00\x7f text"
print(data, data.hex(), bytes.fromhex(data.hex()) == data, data.hex(" ", 4))
print(repr(b"\r\n\t\x0b"), repr(bytearray(b"q'\"")), b"\\n", len(b"\\n"))
try:
    b"%s" % "str"
except TypeError as e:
    print("TypeError:", e)
try:
    b"%d" % b"x"
except TypeError as e:
    print("TypeError:", e)
print(bytearray.fromhex("de ad be ef"), bytes.fromhex("0a0B"), b"abc".hex("-"))
