# str(), format(), f-strings and %-formatting keep the str subclass __str__/__format__ return.
class MyStr(str):
    def shout(self): return self.upper() + '!'
class O:
    def __str__(self): return MyStr('hello')
    def __format__(self, spec): return MyStr('fmt:' + spec)
class P:
    def __str__(self): return MyStr('plain')
o = O()
s = str(o)
print(type(s).__name__, s, s.shout())
print(type(format(o)).__name__, type(format(o, 'x')).__name__, format(o, 'x'))
print(type(f'{o}').__name__, f'{o}', type(f'{o!s}').__name__, f'[{o}]')
print(type('%s' % P()).__name__, '%s' % P())
print(type(str(P())).__name__, type(format(P())).__name__, type(f'{P()}').__name__)
m = MyStr('abc')
print(type(str(m)).__name__, type(format(m)).__name__, type(f'{m}').__name__, type('%s' % m).__name__)
class Q:
    def __str__(self): return 5
try: str(Q())
except TypeError as e: print(e)
class Name(str): pass
class A: pass
a = A()
n = Name('attr')
setattr(a, n, 1)
k = list(vars(a))[0]
print(type(k).__name__, a.attr, getattr(a, Name('attr')))
a2 = A()
setattr(a2, 'plain', 1)
print(type(list(vars(a2))[0]).__name__)
print(print(MyStr('printed')))
for f in ['%s', '%s!', '!%s', '%.2s', '%s%s']:
    r = f % ((P(), P()) if f == '%s%s' else P())
    print(repr(f), type(r).__name__, r)
pt = (P(),)
print(type('%s' % MyStr('x')).__name__, type('%s' % pt).__name__)
print(str(P()).shout(), str(O()).upper())
print(type(str(P()) + '').__name__)
