# Thousands separators with zero padding: floats with exponents, percentages, ints in any base.
for f in (1e-07, 1.5e20, 12345.678, 1e300, -1e-07, float("inf"), float("nan"), 123456789.0):
    row = []
    for spec in ("08,", ",", "012,", "_", "015_", "020,.3e", ",g", "010,.2f", "=+012,", ",%",
                 "013,.1%"):
        row.append(format(f, spec))
    print(repr(f), row)
for i in (0, 5, 123456, -98765, 2**40):
    print(i, [format(i, spec) for spec in ("08,", "012_x", "_b", "010_o", ",d", "013,")])
print(f"{1e-07:08,}|{-2.5e-10:+015,}|{3e25:09_}")
