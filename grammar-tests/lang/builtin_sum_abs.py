# sum with start; abs of every number kind and of a user class.
print(sum([1, 2, 3]), sum([], 10), sum(range(101)))
print(sum([0.1] * 10), sum([1, 2.5]), sum([[1], [2, 3]], []))
print(sum([(1,), (2,)], ()), sum([1, 2], start=100))
print(sum([True, True, False]), sum([10**20, 10**20]))
print(sum([1j, 2]), sum(x * x for x in range(4)))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("TypeError:", e)
try:
    sum([b"a"], b"")
except TypeError as e:
    print("TypeError:", e)
try:
    sum([1, "a"])
except TypeError as e:
    print("TypeError:", e)
print(abs(-5), abs(5), abs(-2.5), abs(0.0), abs(-0.0), abs(3 + 4j), abs(True), abs(-10**30))
print(abs(float("-inf")))
class A:
    def __abs__(self):
        return "absolute"
print(abs(A()))
try:
    abs("x")
except TypeError as e:
    print("TypeError:", e)
