# float repr at the edges: exponent thresholds, subnormals, negative numbers, integral values.
for e in range(-8, 0):
    print(10.0 ** e, -(10.0 ** e), 1.5 * 10.0 ** e)
for e in range(14, 19):
    print(10.0 ** e, 1.5 * 10.0 ** e, -(10.0 ** e) + 1)
print(5e-324, -5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, 4.9406564584124654e-324)
print(123456789012345.0, 1234567890123456.0, 12345678901234567.0, 0.000123456789, 9.999999999999999e22)
print(float(2 ** 53), float(2 ** 53 + 1), float(2 ** 64), 1e23, 8.41e21, 2.0 ** -1074)
