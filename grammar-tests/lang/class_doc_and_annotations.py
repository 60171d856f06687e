# Class __doc__ (None without a docstring), __annotations__ of class bodies, __module__, __qualname__.
class A:
    "A's doc."
    x: int = 1
    y: str


class B(A):
    pass


print(A.__doc__, B.__doc__, A.__annotations__, A.x, hasattr(A, "y"))
print(B.__annotations__ if "__annotations__" in vars(B) else "inherited", A.__module__)


def f():
    class Local:
        """Local doc"""
    return Local


L = f()
print(L.__doc__, L.__qualname__, L.__name__)
L.__name__ = "Renamed"
print(L.__name__, L.__qualname__, repr(L))
try:
    L.__name__ = 5
except TypeError as e:
    print(e)
