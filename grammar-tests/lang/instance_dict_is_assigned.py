# obj.__dict__ = d makes d the object's dict itself.
class A: pass
a = A(); a.x = 1
d = {'y': 2}
a.__dict__ = d
print(a.__dict__ is d, vars(a) is d, a.y)
d['z'] = 3
print(a.z)
a.w = 4
print(d)
del a.__dict__
print(a.__dict__, d)
a.__dict__ = d
try: a.__dict__ = [1]
except TypeError as e: print(e)
class DD(dict): pass
dd = DD(q=1)
a.__dict__ = dd
print(a.q, type(a.__dict__).__name__)
class S: __slots__ = ('__dict__', 's')
s = S(); s.s = 1; s.t = 2
nd = {'u': 5}
s.__dict__ = nd
print(s.s, s.u, s.__dict__ is nd)
try: s.t
except AttributeError as e: print(e)
class E(Exception): pass
e = E()
ed = {'k': 1}
e.__dict__ = ed
print(e.k, e.__dict__ is ed)
def f(): pass
fd = {'attr': 1}
f.__dict__ = fd
print(f.attr, f.__dict__ is fd)
e2 = Exception()
try:
    del e2.__dict__
except TypeError as x:
    print(x)
try:
    f.__dict__ = 5
except TypeError as x:
    print(x)
b = A()
shared = {'n': 0}
b.__dict__ = shared
for i in range(3):
    b.n += 1
print(shared, b.n)
c = A()
c.__dict__ = shared
shared['n'] = 'both'
print(b.n, c.n, b.__dict__ is c.__dict__)
class L(list):
    pass


lst = L([1])
ld = {'tag': 'list'}
lst.__dict__ = ld
ld['more'] = 1
print(lst.__dict__ is ld, lst.tag, lst.more, lst)
del lst.__dict__
print(lst.__dict__, hasattr(lst, 'tag'))
