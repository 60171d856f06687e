# Slots with __getattr__, __del__, cycles, class-level replacement, type() and object.__setattr__.
import gc
class A:
    __slots__ = ('x', 'y')
    def __getattr__(self, n): return 'fallback:' + n
a = A()
print(a.x, a.y, a.zzz)
a.x = 1
print(a.x)
class B:
    __slots__ = ('x', '__weakref__')
    def __del__(self): print('del B', self.x)
b = B(); b.x = 'bx'


del b

class C:
    __slots__ = ('other',)
c1 = C(); c2 = C(); c1.other = c2; c2.other = c1
wr = None
del c1, c2
print(gc.collect() >= 2)
class D:
    __slots__ = ('x',)
d = D(); d.x = 1
D.x = 5
print(d.x)
try: d.x = 2
except AttributeError as e: print(e)
del D.x
try: d.x
except AttributeError as e: print(e)
T = type('T', (), {'__slots__': ('a', 'b'), 'total': lambda s: s.a + s.b})
t = T(); t.a = 1; t.b = 2; print(t.total(), list(vars(T))[:4])
class E:
    __slots__ = ('v',)
    def __init__(self, v): self.v = v
    def __repr__(self): return f'E({self.v!r})'
    def __eq__(self, o): return isinstance(o, E) and self.v == o.v
    __hash__ = None
print(sorted([E(3), E(1)], key=lambda e: e.v), E(1) == E(1))
print(object.__getattribute__(E(4), 'v'))
object.__setattr__(t, 'a', 10); print(t.a)
try: object.__setattr__(t, 'q', 10)
except AttributeError as e: print(e)
