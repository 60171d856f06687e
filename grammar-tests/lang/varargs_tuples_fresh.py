# Tuples made per call (*args, an exception's args) are fresh objects whenever anything can
# still see the previous one: kept, returned, stored in an exception, or compared by identity.
saved = []
def g(*a):
    saved.append(a)
    return a
def h(*a):
    return len(a)
for i in range(3):
    g(i, "s")
    h(1, 2)
    h(None, None)
    g(i, "s")
print(saved, h(1, 2), g(3.5, 4.5) is saved[-1])
errs = [ValueError(i) for i in range(3)]
print([e.args for e in errs])
def args_of(*a):
    return a
t1 = args_of(1, 2)
t2 = args_of(1, 2)
print(t1 is t2, t1 == t2)
try:
    raise ValueError("a", 1)
except ValueError as e:
    kept = e.args
try:
    raise ValueError("b", 2)
except ValueError as e:
    print(kept, e.args, kept is e.args)
class Ctx:
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        self.last = exc
        return False
c = Ctx()
firsts = []
for i in range(3):
    with c:
        pass
    firsts.append(c.last)
print(firsts, firsts[0] is firsts[1])
try:
    with c:
        raise KeyError("k")
except KeyError:
    print(c.last[0].__name__, c.last[1], c.last[2] is not None)
