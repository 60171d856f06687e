# round(float, ndigits): correctly rounded through the exact decimal value
cases = [
    (2.675, 2), (1e308, -308), (0.5e-320, 322), (0.5e-320, 323), (5e-324, 323),
    (5e-324, 324), (123.456, -1), (125.0, -1), (135.0, -1), (-125.0, -1),
    (0.5, 0), (1.5, 0), (2.5, 0), (-0.5, 0), (-0.4, 0), (-1.0, -5),
    (1e300, -300), (5e307, -308), (4e307, -308), (6e307, -308), (0.125, 2),
    (0.375, 2), (1e-310, 315), (12345.6789, -3), (1.0, 400), (1.0, -400),
    (-1.0, -400), (1.23, 10**20), (1.23, -10**20), (9.999999999999999e22, -22),
    (1e22, -23), (5e22, -23), (0.1 + 0.2, 16), (0.1 + 0.2, 17), (-0.0, 3),
    (0.0, -3), (1234.5678, 2), (-1234.5678, -2), (2.5e-8, 8), (3.5e-8, 8),
]
for x, n in cases:
    print(repr(x), n, repr(round(x, n)))

for x in [float("inf"), float("-inf"), float("nan")]:
    print(x, round(x, 2), round(x, -400), round(x, 400))

print(round(2.5), round(3.5), round(-2.5), type(round(2.5)).__name__)
print(round(7.25, True), round(7.25, False))


class F(float):
    pass


print(repr(round(F(2.675), 2)), type(round(F(2.675), 2)).__name__)

for x, n in [(1.7976931348623157e308, -308), (-1.7e308, -307)]:
    try:
        round(x, n)
    except OverflowError as e:
        print("OverflowError", e)

try:
    round(1.5, 1.0)
except TypeError as e:
    print("TypeError", e)

print(round(1.7976931348623157e308, -307))
