# hash of numbers: equal numbers hash equal, hash(-1) == -2, big ints and floats reduce mod 2**61-1.
print(hash(0), hash(1), hash(-1), hash(-2), hash(True), hash(False))
print(hash(1.0) == hash(1), hash(2.5), hash(-0.0), hash(0.0), hash(1e100) == hash(int(1e100)))
print(hash(2**61 - 1), hash(2**61), hash(2**64), hash(-(2**64)), hash(10**30))
print(hash(float("inf")), hash(float("-inf")))
print(hash(0.1), hash(-1.5), hash(1 + 0j) == hash(1), hash(3j))
print(hash(()), hash((1, 2)), hash((1, (2, 3))), hash((-1,)), hash(frozenset()))
print(hash(None) == hash(None), hash(1.5) == hash(3 / 2))
print({1: "a", 1.0: "b", True: "c"})
for v in [[], {}, set(), bytearray()]:
    try:
        hash(v)
    except TypeError as e:
        print("TypeError:", e)
try:
    hash((1, [2]))
except TypeError as e:
    print("TypeError:", e)
class H:
    def __hash__(self):
        return -1
print(hash(H()))
class Big:
    def __hash__(self):
        return 2**70
print(hash(Big()))
class NoHash:
    def __eq__(self, other):
        return True
try:
    hash(NoHash())
except TypeError as e:
    print("TypeError:", e)
