# __hash__/__eq__ interplay: defining __eq__ makes a class unhashable unless __hash__ is given.
class OnlyEq:
    def __eq__(self, o):
        return True


print(OnlyEq.__hash__)
try:
    hash(OnlyEq())
except TypeError as e:
    print(e)
try:
    {OnlyEq()}
except TypeError as e:
    print(e)
try:
    {OnlyEq(): 1}
except TypeError as e:
    print(e)


class Both:
    def __init__(self, k):
        self.k = k

    def __eq__(self, o):
        return isinstance(o, Both) and self.k == o.k

    def __hash__(self):
        return hash(self.k)


print(len({Both(1), Both(1), Both(2)}), Both(3) in {Both(3)}, hash(Both(5)) == hash(5))


class Plain:
    pass


p = Plain()
print(hash(p) == hash(p), {p: 1}[p])


class Child(OnlyEq):
    pass


try:
    hash(Child())
except TypeError as e:
    print(e)


class Explicit:
    __hash__ = None


try:
    hash(Explicit())
except TypeError as e:
    print(e)


class BigHash:
    def __hash__(self):
        return 2**100


print(hash(BigHash()) == hash(2**100))


class BadHash:
    def __hash__(self):
        return "x"


try:
    hash(BadHash())
except TypeError as e:
    print(e)
try:
    hash([])
except TypeError as e:
    print(e)
print(hash((1, 2)) == hash((1, 2)), hash(1) == hash(1.0) == hash(True))
