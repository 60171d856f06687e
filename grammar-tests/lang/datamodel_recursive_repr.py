# Self-referencing containers print [...]/{...}; a __repr__ recursing through itself hits RecursionError.
class A:
    def __init__(self):
        self.items = [self]
        self.d = {"me": self}
    def __repr__(self):
        return f"A({self.items!r})"
a = A()
print(a)
l = [1]; l.append(l); print(l)
d = {}; d["d"] = d; print(d)
t = ([],); t[0].append(t); print(t)
class B:
    def __repr__(self): return f"B<{self.x!r}>"
b = B(); b.x = b
try: print(b)
except RecursionError as e: print("RecursionError")
print(repr(a).count("..."))
s = set(); print(s, frozenset(), {1: [2, {3}]})
