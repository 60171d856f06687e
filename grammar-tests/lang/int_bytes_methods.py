# int.to_bytes/from_bytes, bit_length, bit_count, as_integer_ratio, conjugate, real/imag, numerator.
print((1024).to_bytes(2, "big"), (1024).to_bytes(2, "little"), (0).to_bytes(1, "big"), (255).to_bytes(1, "big"))
print((-1).to_bytes(2, "big", signed=True), (-129).to_bytes(2, "little", signed=True), (2**70).to_bytes(10, "big"))
print(int.from_bytes(b"\x04\x00", "big"), int.from_bytes(b"\x04\x00", "little"), int.from_bytes(b"\xff\xff", "big", signed=True))
print(int.from_bytes(b"", "big"), int.from_bytes([1, 2], "big"), int.from_bytes(b"\x80", "big", signed=True), int.from_bytes(bytes(12) + b"\x01", "big"))
print((5).to_bytes(1, byteorder="little"), (5).to_bytes(), int.from_bytes(b"\x05"))
for args in [(1, "big"), (2, "middle")]:
    try:
        print((256).to_bytes(*args))
    except (OverflowError, ValueError) as e:
        print(type(e).__name__ + ":", e)
try:
    (-1).to_bytes(1, "big")
except OverflowError as e:
    print("OverflowError:", e)
try:
    (128).to_bytes(1, "big", signed=True)
except OverflowError as e:
    print("OverflowError:", e)
print((10).bit_length(), (-10).bit_length(), (255).bit_count(), (-255).bit_count(), (2**100).bit_count())
print((6).as_integer_ratio(), (5).conjugate(), (5).real, (5).imag, (5).numerator, (5).denominator, (-8).__abs__())
print(int.__name__, (7).__index__(), True.real, (3).__pow__(2), (3).__rsub__(10), (10).__floordiv__(3))
