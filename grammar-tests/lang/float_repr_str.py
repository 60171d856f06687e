# float repr/str: shortest round trip, the 1e16 and 1e-4 switch to exponent, inf, nan, -0.0.
vals = [0.1, 0.2, 0.1 + 0.2, 1 / 3, 2 / 3, 1.0, 100.0, 1e15, 1e16, 1e17, 123456789012345678.0, 9999999999999998.0,
        0.0001, 0.00001, 1.5e-5, 5e-324, 1.7976931348623157e308, 2.5, -0.0, 0.0, float("inf"), -float("inf"),
        float("nan"), 1e22, 1e-7, 12345.678, 3.141592653589793, 2**53 + 0.0, 1e100, -1.5e-300]
for v in vals:
    print(repr(v), str(v))
print([0.1, -0.0], (1e16,), {1.5: 2e-5})
print(float("1e500"), float("-1e500"), float("  -inf "), float("nan"), float("Infinity"), float("-NaN"))
print(float("1_000.5"), float(".5"), float("5."), float("0x10" if False else "16"), float(7), float(True), float(2**60))
for s in ["abc", "", "1.2.3", "0x10", "1e", "inf inf"]:
    try:
        float(s)
    except ValueError as e:
        print("ValueError:", e)
try:
    float([])
except TypeError as e:
    print("TypeError:", e)
try:
    float(10**400)
except OverflowError as e:
    print("OverflowError:", e)
