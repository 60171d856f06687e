# Descriptors beyond property: function.__get__, late-added descriptors, validating descriptors,
# metaclass properties, a __class__ claimed through __getattribute__, callable class attributes.
def f(self): return "f", self
class A: pass
a = A()
bm = f.__get__(a, A)
print(bm()[0], bm.__self__ is a, f.__get__(None, A) is f)
class Desc:
    def __get__(self, obj, objtype=None):
        return "got", obj is None, objtype.__name__
class B:
    d = Desc()
print(B.d, B().d)
class C:
    pass
C.late = Desc()
print(C().late)
class Typed:
    def __init__(self, kind): self.kind = kind
    def __set_name__(self, owner, name): self.name = name
    def __get__(self, obj, owner):
        if obj is None: return self
        return obj.__dict__.get(self.name)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name} must be {self.kind.__name__}")
        obj.__dict__[self.name] = value
class P:
    x = Typed(int)
    def __init__(self, x): self.x = x
p = P(3)
print(p.x)
try: P("s")
except TypeError as e: print(e)
print(type(P.__dict__["x"]).__name__, P.x.name)
class WithGetattribute:
    def __getattribute__(self, n):
        if n == "__class__": return int
        return object.__getattribute__(self, n)
w = WithGetattribute()
print(w.__class__, type(w).__name__, isinstance(w, int))
class Meta(type):
    @property
    def info(cls): return f"info of {cls.__name__}"
class M(metaclass=Meta): pass
print(M.info)
try: M().info
except AttributeError as e: print(e)
class Callable:
    def __call__(self, *a): return a
class Holder:
    c = Callable()
print(Holder().c(1))
print(property.__doc__ is not None if False else "", type(len).__name__, type([].append).__name__)
print(repr(len), repr([].append)[:30])
print(int.__add__(1, 2), str.upper("x"), list.__len__([1]), dict.fromkeys("ab"))
