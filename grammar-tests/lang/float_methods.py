# float methods: is_integer, as_integer_ratio, hex/fromhex, conjugate, real/imag; nan comparisons.
print((2.0).is_integer(), (2.5).is_integer(), float("inf").is_integer(), (-0.0).is_integer())
print((0.5).as_integer_ratio(), (0.1).as_integer_ratio(), (-2.75).as_integer_ratio(), (1e20).as_integer_ratio())
try:
    float("inf").as_integer_ratio()
except OverflowError as e:
    print("OverflowError:", e)
try:
    float("nan").as_integer_ratio()
except ValueError as e:
    print("ValueError:", e)
print((1.5).hex(), (0.1).hex(), float.fromhex("0x1.8p1"), float.fromhex("-0x10"), (0.0).hex())
print((3.5).conjugate(), (3.5).real, (3.5).imag, float.__name__)
nan = float("nan")
print(nan == nan, nan != nan, nan < 1, nan > 1, nan <= nan, nan in [nan], [nan] == [nan])
x = nan
print(x is x, x == x, [x] == [x], (x,) == (x,), {x: 1}[x])
print(1.0 == 1, 0.1 + 0.2 == 0.3, 1e308 * 10, -1e308 * 10, float("inf") - float("inf"))
print(2.0 ** 0.5, 10.0 // 3, -10.0 // 3, 10.0 % 3, -10.0 % 3, 10.0 % -3, 5.5 % 1, -0.0 % 1)
print(int(3.9), int(-3.9), int(1e20), int(-0.0), round(2.5), 7 / 2, 7 // 2.0, 6 / 3)
print(float(1) / 3, 1 / 3.0, 3 * 0.1, 1e16 + 1, 0.1 * 3 == 0.3)
