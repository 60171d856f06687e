# bit operations on ints of all sizes: and/or/xor/invert/shift with negatives, bit_length, bit_count.
vals = [0, 1, -1, 5, -5, 255, -256, 2 ** 63, -(2 ** 63), 2 ** 100 + 7, -(2 ** 100) - 7]
for v in vals:
    print(v, ~v, v & 0xFF, v | 1, v ^ -1, v << 3, v >> 3, v.bit_length(), v.bit_count())
print(0xF0 & 0x3C, 0xF0 | 0x3C, 0xF0 ^ 0x3C, ~0xF0, 1 << 200 >> 199, (-1) << 200 >> 199)
print(-(2 ** 70) >> 70, -(2 ** 70) >> 71, (2 ** 70) >> 71, -1 >> 1000, 1 >> 1000, 0 << 1000)
try:
    1 >> -1
except ValueError as e:
    print("ValueError:", e)
try:
    1.5 & 1
except TypeError as e:
    print("TypeError:", e)
