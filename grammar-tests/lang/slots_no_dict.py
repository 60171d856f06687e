# An instance of a class whose __slots__ leave out __dict__ has no __dict__ attribute.
class N:
    __slots__ = ("a",)
class D(N):
    pass
class E:
    __slots__ = ("a", "__dict__")
n = N()
n.a = 1
print(hasattr(n, "__dict__"), hasattr(D(), "__dict__"), hasattr(E(), "__dict__"), n.a)
try:
    n.__dict__
except AttributeError as e:
    print(e)
try:
    vars(n)
except TypeError as e:
    print(e)
x = E()
print(x.__dict__ is vars(x), type(vars(D())).__name__)
