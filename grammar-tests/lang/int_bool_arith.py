# bool arithmetic and bool as int; comparisons chained; int true division.
print(True + True, True * 3, False - 1, True / 2, True // 1, -True, ~True, ~False, True ** 2, True % 2)
print(True & False, True | False, True ^ True, type(True & False), type(True + False), type(True & 1))
print(True == 1, False == 0, True is True, bool(0), bool(-1), bool(0.0), bool(""), bool([0]), bool(None))
print(bool(), bool("False"), 1 < 2 < 3, 3 > 2 > 2, 1 == 1.0 == True, str(True), repr(False), int(True))
print(sum([True] * 5), [1, 2][True], {True: "t"}[1], isinstance(False, int), True + 0.5)
print(7 / 2, -7 / 2, 1 / 3, 10 / 5, type(10 / 5), 2**-1, (-8) // 3, 8 // -3, -8 % 3)
print(0 == False, "" == False, hash(True) == hash(1), True.__class__.__name__, bool.__mro__)
class Z:
    def __bool__(self):
        return False
class L:
    def __len__(self):
        return 0
print(bool(Z()), bool(L()), not Z(), "yes" if L() else "no")
class B:
    def __bool__(self):
        return 1
try:
    bool(B())
except TypeError as e:
    print("TypeError:", e)
try:
    bool.__new__(bool, 1) if False else type(True)(2)
    print(type(True)(2))
except TypeError as e:
    print("TypeError:", e)
try:
    class MyBool(bool):
        pass
except TypeError as e:
    print("TypeError:", e)
