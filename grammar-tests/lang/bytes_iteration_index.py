# bytes and bytearray iterate and index as ints; slicing, negative steps, membership, count.
b = b"hello world"
print([x for x in b[:5]], b[0], b[-1], b[::-1], b[1::2], b[-5:], b[100:], b[::3])
print(list(bytearray(b"az")), sum(b"abc"), max(b"hello"), min(b"hello"), sorted(b"cab"), bytes(sorted(b"cab")))
print(b.count(b"o"), b.count(111), b.index(b"wor"), 111 in b, b"lo w" in b, b"xyz" in b)
ba = bytearray(b)
ba[0] = ord("J")
ba[-5:] = b"there"
print(ba, ba[0], bytes(ba), ba == b"Jello there", ba.startswith(b"Jel"))
print(b"a b".split(b" "), b"".join([b"x", b"y"]), list(map(hex, b"\x00\x10")))
print(bytes(4), bytes([1, 2, 3])[1:], bytearray(range(3)), b"ab" < b"b", b"ab" > b"a")
