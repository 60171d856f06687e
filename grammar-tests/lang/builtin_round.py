# round: banker's rounding, ndigits (positive, zero, negative), ints and floats.
print(round(0.5), round(1.5), round(2.5), round(-0.5), round(-1.5), round(3.5))
print(round(2.675, 2), round(1.005, 2), round(0.125, 2), round(0.375, 2))
print(round(3.14159, 3), round(3.14159, 0), round(-3.7), round(3.7))
print(round(1234.5678, -2), round(1250, -2), round(1350, -2), round(-1250, -2))
print(round(15, -1), round(25, -1), round(5, -1), round(123, 1), round(123, -5))
print(type(round(2.5)), type(round(2.5, 0)), type(round(7, 2)))
print(round(1e300, 2), round(0.1 + 0.2, 10), round(-0.0), round(-0.4))
print(round(2**70 + 1, -3), round(True))
print(round(12345.6789, -1), round(0.0, 3))
for v in [float("inf"), float("nan")]:
    try:
        round(v)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print(round(float("inf"), 2), round(float("nan"), 1))
try:
    round("x")
except TypeError as e:
    print("TypeError:", e)
try:
    round(1.5, 1.0)
except TypeError as e:
    print("TypeError:", e)
class R:
    def __round__(self, n=None):
        return ("rounded", n)
print(round(R()), round(R(), 3))
