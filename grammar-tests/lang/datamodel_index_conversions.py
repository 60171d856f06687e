# __index__, __int__, __float__ and __complex__ hooks used by builtins and slicing.
class I:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


lst = list(range(10))
print(lst[I(2)], lst[I(1):I(4)], hex(I(255)), bin(I(5)), range(I(3)), "ab" * I(2))
print(hasattr(I, "__int__"), I(3).__index__())


class F:
    def __float__(self):
        return 2.5

    def __int__(self):
        return 9


print(float(F()), int(F()))
try:
    lst[F()]
except TypeError as e:
    print(e)


class BadIndex:
    def __index__(self):
        return "x"


try:
    lst[BadIndex()]
except TypeError as e:
    print(e)
try:
    float(object())
except TypeError as e:
    print(e)
try:
    int(object())
except TypeError as e:
    print(e)
