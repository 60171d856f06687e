# Assigning and deleting an instance's __dict__; the __dict__ descriptor of its class.
class A:
    pass


a = A()
a.old = 0
a.__dict__ = {"x": 1, "y": 2}
print(a.x, a.y, hasattr(a, "old"), a.__dict__, vars(a))
a.z = 3
print(sorted(vars(a)))
del a.__dict__
print(a.__dict__, hasattr(a, "x"))
try:
    a.__dict__ = [("x", 1)]
except TypeError as e:
    print("TypeError:", e)
descr = A.__dict__["__dict__"]
a.k = "v"
print(descr.__get__(a), descr.__get__(None, A) is descr, descr.__objclass__.__name__)


class S:
    __slots__ = ("v",)


s = S()
try:
    s.__dict__ = {}
except AttributeError as e:
    print("AttributeError:", e)
try:
    s.__dict__
except AttributeError as e:
    print("AttributeError:", e)
