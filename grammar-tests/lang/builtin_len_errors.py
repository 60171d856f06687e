# len of builtin containers and user classes; the TypeErrors for misuse.
print(len(""), len("héllo"), len(b"ab"), len([1, 2]), len((1,)), len({1: 2}), len({1, 2, 3}))
print(len(range(10)), len(range(0, 10, 3)), len(range(10, 0, -2)), len(bytearray(4)))
print(len(frozenset("aab")), len({}.keys()), len({1: 2}.items()))
class C:
    def __len__(self):
        return 7
print(len(C()))
class Neg:
    def __len__(self):
        return -1
class Bad:
    def __len__(self):
        return "x"
for v in [5, 1.5, None, Neg(), Bad(), iter([])]:
    try:
        print(len(v))
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
try:
    len()
except TypeError as e:
    print(e)
try:
    len([], [])
except TypeError as e:
    print(e)
