# Metaclasses in depth: __new__/__init__ with keywords, metaclass methods not visible on instances,
# metaclass conflicts and the most derived metaclass, calling the metaclass directly, registries.
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, ns)
        return cls
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
        cls.kw = kw
    def method(cls):
        return "meta method of " + cls.__name__
    def __repr__(cls):
        return f"<Meta {cls.__name__}>"
class A(metaclass=Meta, x=1):
    pass
print(A.kw, A.method(), repr(A), type(A), [A])
try: A().method()
except AttributeError as e: print(e)
class B(A): pass
print(B.kw, B, type(B).__mro__)
class Other(type): pass
try:
    class C(A, metaclass=Other): pass
except TypeError as e:
    print(e)
class OtherSub(Meta): pass
class D(A, metaclass=OtherSub): pass
print(type(D).__name__)
X = Meta("X", (), {"v": 1})
print(X.v, X.kw, type(X).__name__)
print(type.__call__(A).__class__.__name__)
class Reg(type):
    registry = []
    def __init__(cls, *a):
        super().__init__(*a)
        Reg.registry.append(cls.__name__)
class R1(metaclass=Reg): pass
class R2(R1): pass
print(Reg.registry)
class WithClassGetitem:
    def __class_getitem__(cls, k): return (cls.__name__, k)
class Sub(WithClassGetitem): pass
print(Sub[int])
class OrderedNS(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        print("prepare", name, bases)
        return {"pre": True}
class O(metaclass=OrderedNS):
    print("body sees pre:", pre)
print(O.pre)
class EmptyBases():
    pass
print(EmptyBases.__bases__)
def make(n):
    class Dyn:
        name = n
        def get(self): return self.name
    return Dyn
print(make(1)().get(), make(2).__qualname__)
print(type(int).__name__, type(object), type.__bases__, object.__class__)
print(int.__mro__, bool.__mro__, bool.__bases__)
