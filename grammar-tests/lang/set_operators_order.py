# set operators and the printed order, which must equal CPython's hash-table order.
print({3, 1, 2}, {10, 5, 100, 33, 8}, {-1, -2, 0}, set(range(20, 0, -3)), {2**62, 1, 2**40})
print({"only"}, {1.5, 0.5, 2}, {(1, 2), (0,)}, {None}, {True, 2, False})
a = {1, 2, 3, 4, 5}
b = {4, 5, 6, 7}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a < b, {4, 5} < b, {4, 5} <= {4, 5}, {4, 5} < {4, 5}, a > {1}, a >= a, a == {5, 4, 3, 2, 1}, a != b)
c = set(a)
c |= {100}
c &= {1, 2, 100}
c -= {2}
c ^= {3}
print(c)
print(set(range(64)) == set(range(63, -1, -1)), sorted({5, 3, 9}), {x % 7 for x in range(30)})
big = set(range(0, 1000, 37))
print(big)
for i in range(0, 1000, 74):
    big.discard(i)
print(big)
print(set("abc") == {"a", "b", "c"}, len({1, 1.0, True}), {1, 1.0, True})
try:
    {1} | [2]
except TypeError as e:
    print("TypeError:", e)
try:
    {1} < [1]
except TypeError as e:
    print("TypeError:", e)
x = {7, 3}
x.add(19)
x.add(35)
x.remove(3)
x.add(51)
print(x)
