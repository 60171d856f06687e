# A lone %s/%r/%a whose text goes in unchanged gives the str-subclass object itself.
class MyStr(str): pass
class P:
    def __str__(self): return MyStr('plain')
    def __repr__(self): return MyStr('rp')
p = P()
t = (p,)
for f in ['%s', '%s!', '!%s', '%5s', '%6s', '%.2s', '%.9s', '%+s', '%s%s', '%r', '%a', '%-s', '%-7s']:
    r = f % ((p, p) if f == '%s%s' else p)
    print(repr(f), type(r).__name__, r)
print(type('%s' % t).__name__, type('%s' % [p]).__name__, type('%(a)s' % {'a': p}).__name__)
print(type('%s' % MyStr('x')).__name__)
try: '%s %s' % p
except TypeError as e: print(e)
try: '%s' % (p, p)
except TypeError as e: print(e)
