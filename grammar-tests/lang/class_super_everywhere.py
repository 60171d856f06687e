# super() in closures, lambdas, generators, comprehensions-adjacent code, builtin subclasses (dict,
# Exception), and reaching object's defaults (__repr__, __eq__, __setattr__, __getattribute__).
class A:
    def f(self): return "A.f"
    def g(self): yield "A.g"
class B(A):
    def f(self):
        def inner():
            return super(B, self).f()
        return "B>" + inner()
    def g(self):
        yield "B.g"
        yield from super().g()
    def lam(self):
        return (lambda: super(B, self).f())()
print(B().f(), list(B().g()), B().lam())
class C(B):
    def f(self):
        return [super().f() for _ in range(1)][0] if False else super().f()
print(C().f())
class D:
    def __init__(self):
        self.x = 1
    def __repr__(self):
        return "D:" + super().__repr__()[:10]
print(repr(D()))
class E(dict):
    def __getitem__(self, k):
        return super().__getitem__(k) * 2
    def __setitem__(self, k, v):
        super().__setitem__(k, v + 1)
e = E(); e["a"] = 1
print(e["a"], dict.__getitem__(e, "a"))
class F(Exception):
    def __str__(self):
        return "F:" + super().__str__()
print(str(F("msg")))
class G:
    def __eq__(self, o): return super().__eq__(o)
    __hash__ = object.__hash__
g = G(); print(g == g, g == 1, g != 1)
class H:
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        cls.tagged = True
class I(H): pass
print(I.tagged)
class J:
    def __setattr__(self, n, v):
        super().__setattr__(n, v * 2)
    def __getattribute__(self, n):
        return super().__getattribute__(n)
j = J(); j.x = 2; print(j.x)
