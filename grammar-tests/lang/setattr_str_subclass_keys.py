# setattr with a str-subclass name keeps that object as the key of a new attribute.
import types
class N(str): pass
m = types.ModuleType('m')
setattr(m, N('k'), 1)
print([type(k).__name__ for k in vars(m) if k == 'k'])
class L(list): pass
l = L()
setattr(l, N('k'), 1)
print([type(k).__name__ for k in vars(l)])
e = ValueError()
setattr(e, N('k'), 1)
print([type(k).__name__ for k in vars(e)])
class A: pass
a = A(); a.k = 0
setattr(a, N('k'), 1)
print([type(k).__name__ for k in vars(a)], a.k)
for i in range(15): setattr(a, N('x%d' % i), i)
print(sum(type(k).__name__ == 'N' for k in vars(a)))
class C:
    pass


setattr(C, N('attr'), 2)
print([type(k).__name__ for k in vars(C) if k == 'attr'], C.attr, getattr(C(), N('attr')))
try:
    setattr(a, 5, 1)
except TypeError as e:
    print(e)
delattr(a, N('k'))
print(hasattr(a, 'k'))
