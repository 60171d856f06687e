# Every reflected operator, NotImplemented on both sides, in-place fallback, and which side's
# __eq__ runs first for a subclass.
class A:
    def __eq__(self, o): return NotImplemented
print(A() == A(), A() != A())
class N:
    def __add__(self, o): return NotImplemented
    def __radd__(self, o): return NotImplemented
try: N() + N()
except TypeError as e: print(e)
try: N() + 1
except TypeError as e: print(e)
class R:
    def __radd__(self, o): return ("radd", o)
    def __rsub__(self, o): return ("rsub", o)
    def __rmul__(self, o): return ("rmul", o)
    def __rtruediv__(self, o): return "rtd"
    def __rfloordiv__(self, o): return "rfd"
    def __rmod__(self, o): return "rmod"
    def __rpow__(self, o): return "rpow"
    def __rlshift__(self, o): return "rlsh"
    def __rand__(self, o): return "rand"
    def __ror__(self, o): return "ror"
    def __rxor__(self, o): return "rxor"
    def __rmatmul__(self, o): return "rmatmul"
    def __rdivmod__(self, o): return "rdivmod"
r = R()
print(1 + r, "s" - r, [1] * r, 2 / r, 2 // r, 2 % r, 2 ** r, 1 << r, 1 & r, 1 | r, 1 ^ r, 1 @ r, divmod(1, r))
x = 5
x += r
print(x)
class IAdd:
    def __iadd__(self, o): return NotImplemented
    def __add__(self, o): return "add"
i = IAdd(); i += 1; print(i)
class Cmp:
    def __lt__(self, o): return "lt-result"
    def __gt__(self, o): return "gt-result"
print(Cmp() < 1, 1 < Cmp(), Cmp() > Cmp())
print(1 == 1.0, (1, 2) == [1, 2], [1, 2] < [1, 3], "a" < "b", None == None, None is None)
try: None < 1
except TypeError as e: print(e)
try: {} < {}
except TypeError as e: print(e)
class Both:
    def __eq__(self, o): print("Both.eq", type(o).__name__); return NotImplemented
class Sub(Both):
    def __eq__(self, o): print("Sub.eq", type(o).__name__); return NotImplemented
print(Both() == Sub())
print(Sub() == Both())
