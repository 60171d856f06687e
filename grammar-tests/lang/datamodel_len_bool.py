# Truth testing: __bool__, then __len__, then true; errors for bad results.
class L:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n


class B:
    def __bool__(self):
        print("bool called")
        return False

    def __len__(self):
        return 10


print(bool(L(0)), bool(L(3)), len(L(4)), bool(B()), not B())
if not L(0):
    print("empty")
print(bool(object()), bool(None), bool(0.0), bool(""), bool([0]))
print(L(0) or "alt", L(2) and "both")


class BadBool:
    def __bool__(self):
        return 1


try:
    bool(BadBool())
except TypeError as e:
    print(e)


class NegLen:
    def __len__(self):
        return -1


try:
    len(NegLen())
except ValueError as e:
    print(e)
try:
    bool(NegLen())
except ValueError as e:
    print(e)


class StrLen:
    def __len__(self):
        return "3"


try:
    len(StrLen())
except TypeError as e:
    print(e)
try:
    len(5)
except TypeError as e:
    print(e)
while L(0):
    print("never")
print([x for x in range(5) if L(x)])
