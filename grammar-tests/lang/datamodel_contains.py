# `in` uses __contains__, then __iter__, then __getitem__; result is coerced to bool.
class C:
    def __contains__(self, x):
        print("contains", x)
        return x == 1


print(1 in C(), 2 in C(), 2 not in C())


class Truthy:
    def __contains__(self, x):
        return [1]


print(5 in Truthy())


class ViaIter:
    def __iter__(self):
        return iter([1, 2, 3])


print(2 in ViaIter(), 5 in ViaIter())
try:
    1 in 5
except TypeError as e:
    print(e)
try:
    1 in object()
except TypeError as e:
    print(e)
print("a" in "cat", [1] in [[1]], 1 in {1: 2}, (1, 2) in {(1, 2)})
try:
    1 in "abc"
except TypeError as e:
    print(e)
try:
    [] in {1}
except TypeError as e:
    print(e)
