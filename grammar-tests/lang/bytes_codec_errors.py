# encode/decode with each error handler, and the exact Unicode{En,De}codeError texts.
s = "Hello, World"
print(s.encode("utf-16") if False else s.encode("ascii", "xmlcharrefreplace"), "é€".encode("ascii", "backslashreplace"), "é".encode("latin-1", "strict"))
print(b"\xe9\x80".decode("utf-8", "backslashreplace"), b"\xc3".decode("utf-8", "replace"), b"\xe2\x82".decode("utf-8", "ignore"))
for b in [b"\xc3", b"\xe2\x82", b"\xed\xa0\x80", b"\x80abc", b"ab\xf0\x9f\x98", b"\xc3\x28", b"\xf8"]:
    try:
        b.decode()
    except UnicodeDecodeError as e:
        print(e)
for t in ["日本", "a€b"]:
    try:
        t.encode("latin-1")
    except UnicodeEncodeError as e:
        print(e)
print("x".encode("UTF8"), "x".encode("utf_8"), "x".encode("Latin1"), b"x".decode("ASCII"), str(b"abc", "ascii", "strict"))
print(ascii(b"x"), repr(bytearray()), bytes.fromhex("ff00").hex(), bytearray(b"ab").hex(":"))
print("%s|%5s|%-5s|%.1s" % (b"x", "y", "z", "long"), "%r" % b"\x00")
print("{!a}".format("ñ"), "{0!r:>10}".format(b"x"), f"{b'q'!r}", f"{bytearray(b'q')}")
