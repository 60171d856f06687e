# __dict__ of instances, vars(), __class__ assignment, dir() of a class includes inherited names.
class A:
    x = 1

    def m(self):
        return "A.m"


class B(A):
    y = 2


b = B()
b.z = 3
print(vars(b), b.__dict__ is vars(b))
b.__dict__["w"] = 4
print(b.w)
print([n for n in dir(b) if not n.startswith("__")])
try:
    vars(5)
except TypeError as e:
    print(e)
print(A.__dict__["x"], "m" in A.__dict__, "y" in A.__dict__)
