# Protocols on metaclasses (iterating and testing membership on a class, __call__ post-processing),
# NotImplementedError as an abstract method, fluent __getattr__, a delegating proxy, __eq__/__hash__ in sets.
import sys
class Meta(type):
    def __iter__(cls): return iter(cls.items)
    def __contains__(cls, x): return x in cls.items
    def __call__(cls, *a, **k):
        inst = super().__call__(*a, **k)
        inst.made_by_meta = True
        return inst
class Enumish(metaclass=Meta):
    items = ["a", "b"]
    def __init__(self, v=0): self.v = v
print(list(Enumish), "a" in Enumish, Enumish(3).made_by_meta, Enumish(3).v)
class Abstract:
    def area(self): raise NotImplementedError(f"{type(self).__name__} must define area")
class Sq(Abstract):
    def area(self): return 4
for s in (Sq(), Abstract()):
    try: print(s.area())
    except NotImplementedError as e: print(e)
class Chain:
    def __init__(self): self.ops = []
    def __getattr__(self, name):
        def op(*a):
            self.ops.append((name, a)); return self
        return op
print(Chain().add(1).mul(2).ops)
class Proxy:
    def __init__(self, target): object.__setattr__(self, "_t", target)
    def __getattr__(self, n): return getattr(self._t, n)
    def __setattr__(self, n, v): setattr(self._t, n, v)
class T: pass
t = T(); p = Proxy(t); p.x = 5
print(t.x, p.x, list(vars(p)))
class Compare:
    def __init__(self, k): self.k = k
    def __eq__(self, o): return NotImplemented if not isinstance(o, Compare) else self.k == o.k
    def __hash__(self): return hash(self.k)
s = {Compare(1), Compare(1), Compare(2)}
print(len(s), Compare(1) in s, Compare(3) in s, [1, Compare(2)].count(Compare(2)), [Compare(2)].index(Compare(2)))
