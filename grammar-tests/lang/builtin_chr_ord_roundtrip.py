# chr/ord round trips across planes and their use in string building and translation tables.
points = [0, 9, 10, 32, 65, 127, 128, 255, 256, 0x7FF, 0x800, 0xFFFD, 0x10000, 0x1F600, 0x10FFFF]
print([ord(chr(p)) == p for p in points].count(True), len(points))
print([repr(chr(p)) for p in points])
print("".join(chr(ord(c) + 1) for c in "HAL"), [ord(c) for c in "aé€😀"], "".join(map(chr, range(97, 123))))
rot13 = str.maketrans({chr(i): chr((i - 97 + 13) % 26 + 97) for i in range(97, 123)})
print("hello world".translate(rot13), "hello world".translate(rot13).translate(rot13))
print(sorted("bäa", key=ord), max("hello", key=ord), chr(ord("a") - 32), ord(" "), ord("\n"))
