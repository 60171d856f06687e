# builtins dispatching to dunder methods of user classes: abs, round, divmod, pow, len, hash, bool, format.
class N:
    def __init__(self, v):
        self.v = v
    def __abs__(self):
        return N(abs(self.v))
    def __round__(self, nd=None):
        return N(round(self.v, nd))
    def __divmod__(self, o):
        return ("divmod", self.v, o)
    def __rdivmod__(self, o):
        return ("rdivmod", o, self.v)
    def __pow__(self, e, m=None):
        return ("pow", self.v, e, m)
    def __rpow__(self, b):
        return ("rpow", b, self.v)
    def __len__(self):
        return 3
    def __hash__(self):
        return 7
    def __bool__(self):
        return self.v != 0
    def __index__(self):
        return int(self.v)
    def __format__(self, spec):
        return f"N<{spec}>"
    def __repr__(self):
        return f"N({self.v})"
n = N(-2.567)
print(abs(n), round(n), round(n, 1), divmod(n, 3), divmod(3, n), pow(n, 2), pow(n, 2, 5), 2 ** n)
print(len(n), hash(n), bool(n), bool(N(0)), format(n, "x"), f"{n:>3}", [1, 2, 3, 4][N(1)], hex(N(255)))
