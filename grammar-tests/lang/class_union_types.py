# PEP 604 unions of classes: repr, isinstance/issubclass with them, None members, nested unions,
# classes with a Python metaclass, and the TypeError for a non-class operand.
class A: pass
class B(A): pass
class M(type): pass
class C(metaclass=M): pass
u = int | str
print(u, int | None, A | B, isinstance(1, u), isinstance(None, int | None), isinstance(B(), A | int))
print(issubclass(B, int | A), issubclass(str, int | float), C | int, int | C, int | int)
print(isinstance("s", int | str | bytes), (int | str) | float, u == (int | str))
try:
    int | 5
except TypeError as e:
    print(e)
try:
    isinstance(1, int | "x") 
except TypeError as e:
    print(e)
