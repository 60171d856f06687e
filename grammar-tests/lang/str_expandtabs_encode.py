# expandtabs, encode with errors, and decode round trips.
print(repr("a\tb\tc".expandtabs()), repr("a\tbc\td".expandtabs(4)), repr("\t".expandtabs(0)), repr("ab\ncd\te".expandtabs(3)))
print(repr("12345\t6".expandtabs(5)), repr("x\r\ty".expandtabs(4)))
print("héllo".encode(), "héllo".encode("utf-8"), "abc".encode("ascii"), "héllo".encode("latin-1"))
print("héllo".encode("ascii", "ignore"), "héllo".encode("ascii", "replace"), "日".encode("utf-8"))
print("😀".encode(), len("😀".encode("utf-8")), "héllo".encode(encoding="utf8"))
try:
    "héllo".encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
try:
    "x".encode("no-such-codec")
except LookupError as e:
    print("LookupError:", e)
print(b"h\xc3\xa9llo".decode(), b"h\xe9llo".decode("latin-1"), b"abc".decode("ascii"))
try:
    b"\xff".decode()
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
print(b"a\xffb".decode("utf-8", "replace"), b"a\xffb".decode("utf-8", "ignore"))
print(str(b"a\xc3\xa9", "utf-8"), str(b"xy", encoding="ascii"))
