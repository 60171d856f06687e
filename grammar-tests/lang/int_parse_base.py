# int(str, base) for every base form, underscores, whitespace, signs, and the ValueErrors.
print(int("ff", 16), int("FF", 16), int("0xff", 16), int("0xff", 0), int("0o17", 0), int("0b101", 0), int("z", 36))
print(int("  -12  "), int("+7"), int("1_000_000"), int("0b1_0", 0), int("101", 2), int("777", 8), int("-0x10", 0))
print(int("١٢٣"), int("00"), int("0", 0), int(" 0x_1f", 16) if False else int("0x_1f", 16))
print(int(3.99), int(-3.99), int(True), int("12"), int(b"34"), int(bytearray(b"56")), int())
print(int("9" * 40), int("-" + "7" * 30, 8))
for args in [("x",), ("",), ("1.5",), ("12", 2), ("0x10",), ("010", 0), ("1__0",), ("_1",), ("9", 8), ("1", 1), ("1", 37), ("0b", 0), (" ",)]:
    try:
        print(int(*args))
    except ValueError as e:
        print("ValueError:", e)
try:
    int(5, 10)
except TypeError as e:
    print("TypeError:", e)
try:
    int(None)
except TypeError as e:
    print("TypeError:", e)
try:
    int([1])
except TypeError as e:
    print("TypeError:", e)
class I:
    def __int__(self):
        return 9
class X:
    def __index__(self):
        return 8
print(int(I()), int(X()), int("10", base=X()))
