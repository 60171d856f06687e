# float arithmetic results and their reprs: rounding errors, floor/mod signs, mixed int/float.
print(0.1 + 0.2, 0.1 * 3, 1 - 0.9, 100 * 1.1, 2 / 3, 1e16 + 1, 1e16 + 2)
print(7.5 // 2, -7.5 // 2, 7.5 % 2, -7.5 % 2, 7.5 % -2, divmod(-7.5, 2), 5.0 // 0.5)
print(3 * 1.5, 1 / 4, 2 ** -1, 10 ** -3, 4 ** 0.5, 8 ** (1 / 3), (-8) ** 2.0)
print(1.0 == 1, 1.5 > 1, 0.0 == -0.0, -0.0 < 0.0, float("inf") > 10 ** 300, 10 ** 400 > float("inf"))
print(max(1, 2.0), min(2.0, 2), max(2, 2.0), sum([0.1] * 3), abs(-1e-300), -(0.0))
print(1e308 + 1e308, -1e308 * 10, 1e-320, 5e-324 / 2, 2.5e-308 * 1e-10)
print(round(1.23456789, 4), round(-0.5), round(0.5000001), 1.1 * 1.1, 3.0 * 1.1)
print(float.__add__(1.0, 2), (2.0).__rtruediv__(1), (7.0).__floordiv__(2), (1.5).__mod__(1))
