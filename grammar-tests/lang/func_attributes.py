# Function attributes: __name__, __qualname__, __doc__, __module__, __dict__, __code__ fields.
def outer():
    "Outer doc."
    def inner(a, b=1):
        """Inner doc.

        More."""
        return a
    return inner


inner = outer()
print(outer.__name__, outer.__qualname__, outer.__doc__)
print(inner.__name__, inner.__qualname__, repr(inner.__doc__))
print(outer.__module__, type(outer).__name__)


class K:
    def meth(self):
        pass

    class Nested:
        def deep(self):
            def local():
                pass
            return local


print(K.meth.__qualname__, K.Nested.deep.__qualname__, K.Nested().deep().__qualname__)
outer.custom = 5
print(outer.custom, outer.__dict__)
outer.__name__ = "renamed"
print(outer.__name__, outer.__qualname__)
try:
    outer.__name__ = 5
except TypeError as e:
    print(e)


def nodoc():
    pass


print(nodoc.__doc__, (lambda: 0).__name__, (lambda: 0).__qualname__)
print(inner.__code__.co_name, inner.__code__.co_argcount, inner.__code__.co_filename.endswith("func_attributes.py"))
print(inner.__globals__ is globals(), callable(inner), inner.__annotations__)


def ann(a: int, b: "str" = "x") -> bool:
    pass


print(ann.__annotations__)
