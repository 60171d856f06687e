# int str/repr/format: big values, negatives, underscores in literals, bases.
print(1_000_000, 0x_FF, 0o_17, 0b_1010, 1_0.5_0, repr(-0), str(+5))
print(str(2 ** 100), repr(-(2 ** 100)), format(2 ** 100, ","), format(2 ** 100, "x"), format(-(2 ** 70), "#b"))
print(int.__repr__(5), int.__str__(-5), (255).__format__("x"), (3).__format__(""), f"{2**64:_d}")
print(len(str(3 ** 1000)), str(3 ** 1000)[-10:], str(-(7 ** 90))[:12])
print(hex(2 ** 64 - 1), oct(2 ** 64), bin(2 ** 64 + 2))
print(int("7" * 25) // 7, int("-" + "1" * 30) % 97, 10 ** 25 // 10 ** 24)
