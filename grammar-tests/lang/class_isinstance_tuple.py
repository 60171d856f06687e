# isinstance/issubclass with classes, tuples (nested) and errors for bad second arguments.
class A: pass
class B(A): pass
class C: pass


b = B()
print(isinstance(b, A), isinstance(b, (C, A)), isinstance(b, (C, (int, B))))
print(isinstance(b, ()), issubclass(B, (C,)), issubclass(B, (C, A)))
print(isinstance(1, int), isinstance(True, int), isinstance(1, bool), isinstance(None, object))
print(issubclass(bool, int), issubclass(int, object), issubclass(type, object), isinstance(int, type))
print(isinstance(A, type), isinstance(type, type), issubclass(B, B))
try:
    isinstance(b, 5)
except TypeError as e:
    print(e)
try:
    issubclass(b, A)
except TypeError as e:
    print(e)
try:
    issubclass(B, "A")
except TypeError as e:
    print(e)


class Meta(type):
    def __instancecheck__(cls, obj):
        return obj == "magic"

    def __subclasscheck__(cls, sub):
        return sub is int


class Magic(metaclass=Meta):
    pass


print(isinstance("magic", Magic), isinstance(3, Magic), issubclass(int, Magic), issubclass(str, Magic))
