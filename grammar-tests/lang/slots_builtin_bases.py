# __slots__ on classes with a builtin base: an exception subclass and a list subclass.
class E(Exception):
    __slots__ = ('code', '__hint')
    def __init__(self, msg, code):
        super().__init__(msg)
        self.code = code
        self.__hint = 'h'
    def hint(self): return self.__hint
e = E('bad', 7)
print(e.code, e.hint(), vars(e), e.args, list(vars(E)))
e.other = 1
print(vars(e))
del e.code
try: e.code
except AttributeError as x: print(repr(x))
try: del e.code
except AttributeError as x: print(repr(x))
class F(E): pass
f = F('x', 1); f.more = 2
print(f.__dict__, f.code)
class L(list):
    __slots__ = ('meta',)
l = L([1, 2]); l.meta = 'm'
print(l, l.meta)
try: l.other = 1
except AttributeError as x: print(x)
try: l.__dict__
except AttributeError as x: print(x)
