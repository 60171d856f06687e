# Function objects: defaults, code flags, decorated names, qualnames of nested functions, __dict__,
# read-only __code__ checks, annotations of every parameter kind, repr, equality and hashing.
def f(a, b=2, *args, c, d=5, **kwargs):
    "Doc."
    pass
print(f.__name__, f.__defaults__, f.__kwdefaults__, f.__code__.co_argcount, f.__code__.co_kwonlyargcount)
print(f.__code__.co_flags & 0x04 != 0, f.__code__.co_flags & 0x08 != 0)
def g(): yield
print(g.__code__.co_flags & 0x20 != 0)
def deco(fn):
    def wrapper(*a, **k):
        return fn(*a, **k)
    return wrapper
@deco
def target(x): return x
print(target.__name__, target.__qualname__, target(3))
def outer():
    def inner(): pass
    return inner
print(outer().__qualname__, outer.__code__.co_consts[1:] if False else "", outer().__code__.co_firstlineno)
print((lambda: 0).__code__.co_name, (lambda: 0).__name__)
f.attr = 1
print(f.__dict__, vars(f))
try: f.__code__ = 5
except TypeError as e: print(e)
print(callable(f), type(f).__name__, f.__module__)
print(f.__annotations__, f.__doc__)
def ann(a: "A", *args: int, k: bool = True, **kw: str) -> None: pass
print(ann.__annotations__)
def defaults_eval(x=[]): return x
print(defaults_eval() is defaults_eval())
print(repr(f).startswith("<function f at 0x"), repr(outer()).startswith("<function outer.<locals>.inner at"))
print(f == f, f != outer, hash(f) == hash(f))
