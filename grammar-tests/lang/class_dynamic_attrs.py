# Changing classes at run time: new methods seen by existing instances, deleting, overriding.
class A:
    def f(self):
        return "A.f"


class B(A):
    pass


b = B()
print(b.f())
A.f = lambda self: "patched"
print(b.f())
B.f = lambda self: "B own"
print(b.f())
del B.f
print(b.f())
A.g = staticmethod(lambda: "static added")
A.h = classmethod(lambda cls: cls.__name__)
print(b.g(), b.h(), B.h())
b.f = lambda: "instance attr"
print(b.f())
del b.f
print(b.f())
for i in range(3):
    setattr(A, f"m{i}", (lambda i: lambda self: i * 10)(i))
print(b.m0(), b.m1(), b.m2())
try:
    del A.nothing
except AttributeError as e:
    print(e)
try:
    int.new_attr = 1
except TypeError as e:
    print(e)
