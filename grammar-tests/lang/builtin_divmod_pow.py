# divmod and pow for ints and floats, 3-argument pow, negative exponents.
print(divmod(7, 2), divmod(-7, 2), divmod(7, -2), divmod(-7, -2))
print(divmod(7.5, 2), divmod(-7.5, 2), divmod(1, 0.3))
print(divmod(10**20, 7), divmod(-(10**20), 7))
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    divmod(1.0, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(pow(2, 10), pow(2, -1), pow(-2, 3), pow(2.0, 3), pow(4, 0.5), pow(0, 0))
print(pow(2, 10, 1000), pow(3, 200, 7), pow(-3, 3, 7), pow(3, -1, 7), pow(2, 5, -3))
print(pow(10, 30), pow(-8, 1 / 3))
print(pow(base=2, exp=3), pow(2, 3, mod=5))
try:
    pow(2, 3, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    pow(2, -1, 4)
except ValueError as e:
    print("ValueError:", e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print("TypeError:", e)
try:
    pow(0, -1)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    pow(0.0, -1)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(2 ** -2, (-2) ** 2, -2 ** 2, 2 ** 3 ** 2, (-1) ** 0.5)
