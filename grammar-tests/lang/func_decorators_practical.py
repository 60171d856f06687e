# Decorators in practice: state kept on the wrapper, decorator factories with retries and exception
# context, a cached_property-style descriptor, decorators stacked under staticmethod/classmethod.
def trace(f):
    depth = [0]
    def wrapper(*args):
        depth[0] += 1
        try:
            return f(*args)
        finally:
            depth[0] -= 1
    wrapper.depth = depth
    return wrapper
@trace
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(15), fib.depth)
def retry(times):
    def deco(f):
        def run(*a):
            for i in range(times):
                try:
                    return f(*a)
                except ValueError as e:
                    print("attempt", i, "failed:", e)
            raise RuntimeError("gave up")
        return run
    return deco
calls = iter([1, 2, 3])
@retry(3)
def flaky():
    n = next(calls)
    if n < 3:
        raise ValueError(n)
    return n
print(flaky())
@retry(1)
def always():
    raise ValueError("never")
try:
    always()
except RuntimeError as e:
    print(e, repr(e.__context__))
class cached_property:
    def __init__(self, f): self.f = f; self.__doc__ = f.__doc__
    def __set_name__(self, owner, name): self.name = name
    def __get__(self, obj, cls):
        if obj is None: return self
        v = obj.__dict__[self.name] = self.f(obj)
        return v
class Circle:
    def __init__(self, r): self.r = r
    @cached_property
    def area(self):
        "The area."
        print("computing")
        return 3 * self.r ** 2
c = Circle(2)
print(c.area, c.area, Circle.area.__doc__)
def method_deco(f):
    def w(self, *a):
        return ("wrapped", f(self, *a))
    return w
class K:
    @method_deco
    def m(self, x): return x
    @staticmethod
    @method_deco
    def s(self): return "static"
    @classmethod
    @method_deco
    def c(cls): return cls.__name__
print(K().m(1), K.s(None), K.c())
