# numeric builtins on mixed types: abs, divmod, pow, round, int, float, complex, bool together.
print(abs(True), abs(-2.5), abs(-(2 ** 70)), divmod(True, 2), divmod(7, 2.5), pow(True, 5), pow(2, True))
print(round(7), round(7.7), round(-7.5), round(7.45, 1), round(10 ** 20 + 0.5), int(round(2.675, 2) * 100))
print(int(-0.9), int(2.0 ** 60), float(2 ** 60), float("-0"), complex(True, False), bool(0j), bool(-0.0))
print(sum([1, 2.0, True]), sum([], 0.0), max(1, 1.0), max(1.0, 1), min(-0.0, 0.0), min(0.0, -0.0))
print(1 + True, 1.0 + True, 1j + True, 3 // True, 3.0 // True, True * "ab", [0] * True)
print(isinstance(2 ** 70, int), type(2 ** 70).__name__, type(2 ** 70 // 2 ** 69).__name__, type(10 / 5).__name__)
