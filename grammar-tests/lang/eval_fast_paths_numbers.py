"""The eval loop's number fast paths agree with the general ones: int and float arithmetic,
mixed int/float, overflow into big ints, comparisons fused with jumps, division by zero."""


def arith(a, b):
    out = []
    for r in (a + b, a - b, a * b, a & b if type(a) is int and type(b) is int else None):
        out.append(r)
    return out


print(arith(7, 3), arith(-7, 3), arith(7, -3))
print(arith(2.5, 4), arith(4, 2.5), arith(1.5, 0.25))
big = 2**62
print(big + big, big * 4, -big - big - big, (-2**63) // -1, (-2**63) % -1)
print(7 // 2, -7 // 2, 7 // -2, 7 % 3, -7 % 3, 7 % -3, -7.5 // 2, -7.5 % 2)
print(1 / 4, 3 / 2.0, 2**53 + 1 + 0.0, (2**63 - 1) * 1.0, 10 - 0.1)
x = 5
print(x + 1, x - 1, x * 3, x % 2, x // 2, x / 2, x ** 2, x << 3, x >> 1, x ^ 1, x | 8)
f = 0.5
print(f + 1, f - 1, f * 3, f / 2, f + True, x + True, True + True)
nan = float("nan")
print(nan < 1.0, nan == nan, nan != nan, 1.0 <= 1.0, 2.0 > 1.5, 3 >= 3, 3 < 2.5)
for v in (0, 1, 2, -1, 2.5, nan):
    if v < 2:
        print(v, "small")
    elif v == 2:
        print(v, "two")
    else:
        print(v, "other")
i = 0
while i < 10:
    i += 3
print(i, i < 10, i == 12, i != 12)
print([n for n in range(20) if n % 3 == 0 and not n > 12])
t = 2**63 - 1
t += 1
print(t, type(t).__name__, -t - 1)
for a, b in ((1, 0), (1.0, 0.0), (1, 0.0), (1.0, 0)):
    for name, op in (("/", lambda p, q: p / q), ("//", lambda p, q: p // q), ("%", lambda p, q: p % q)):
        try:
            op(a, b)
        except ZeroDivisionError as e:
            print(name, type(a).__name__, type(b).__name__, e)
try:
    print(x + "s")
except TypeError as e:
    print(e)
try:
    print(x < "s")
except TypeError as e:
    print(e)
print(1 - 1.5 < 0, 5 > 4.999, 3 == 3.0)
