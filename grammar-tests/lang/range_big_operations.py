# ranges past 64 bits: every operation, with CPython's errors; small ranges stay as before.
big = range(2**100)
print(big, bool(big), big.start, big.stop, big.step)
print(big[0], big[-1], big[2**99], big[-2**99])
print(big[5::-3], big[::-1], big[2**99:2**99 + 3], big[::2**98])
print(2**99 in big, -1 in big, 2**100 in big, 1.0 in big, "x" in range(2**64, 2**64 + 3))
print(big.index(2**99), big.count(2**99), big.count(-5))
for bad in (2**100, -2**100 - 1):
    try:
        big[bad]
    except IndexError as e:
        print("IndexError:", e)
try:
    len(big)
except OverflowError as e:
    print("OverflowError:", e)
try:
    big.index(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    big["a"]
except TypeError as e:
    print("TypeError:", e)

# iteration forwards and backwards, crossing 2**63 and 2**64
print(list(range(2**63 - 2, 2**63 + 2)))
print(list(range(2**64 + 1, 2**64 - 5, -2)))
print(list(reversed(range(2**64, 2**64 + 3))), type(iter(big)).__name__)
it = reversed(big)
print(type(it).__name__, next(it), next(it))
print([x for x in range(-2**70, -2**70 + 9, 4)], sum(range(2**64, 2**64 + 4)))

# equality and hash agree across representations
print(range(0, 2**100, 2**100) == range(1), range(2**70, 2**70) == range(0))
print(hash(range(0, 2**100, 2**100)) == hash(range(1)), hash(big) == hash(range(0, 2**100, 1)))
print(range(2**64, 2**65, 3) == range(2**64, 2**65 - 1, 3), range(2**64, 2**65, 3) != range(2**64))

# a small range indexed or sliced past 64 bits
r = range(10)
for k in (2**100, -2**100):
    try:
        r[k]
    except IndexError as e:
        print("IndexError:", e)
print(r[2**100:], r[-2**100:3], r[::2**100], r[::-2**100])
print(range(-2**63, 2**63 - 1)[2**63 + 5], range(0, 2**63 - 1, 2**62)[:])
try:
    len(range(-2**63, 2**63 - 1))
except OverflowError as e:
    print("OverflowError:", e)
print(len(range(2**63 - 1)), len(range(10**20, 10**20 + 7, 2)))
print(range(5).index(2.0), range(5).count(2.0), range(10**20, 10**20 + 5).index(10**20 + 3))
len(range(-5, 2**64))
