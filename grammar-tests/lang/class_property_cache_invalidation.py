# Replacing methods and properties on classes after lookups were cached; deleting shadows.
class A:
    def m(self):
        return 1

    @property
    def p(self):
        return "prop1"


a = A()
for _ in range(3):
    a.m()
print(a.m(), a.p)
A.m = lambda self: 2
A.p = property(lambda self: "prop2")
print(a.m(), a.p)


class B(A):
    pass


b = B()
print(b.m())
A.m = lambda self: 3
print(b.m())
B.m = lambda self: "B"
print(b.m(), a.m())
del A.p
try:
    b.p
except AttributeError as e:
    print(e)
