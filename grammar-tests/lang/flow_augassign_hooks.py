# Augmented assignment to subscripts and attributes: the order of get/set hook calls, __iadd__
# mutating in place, and the tuple item that is mutated before the assignment fails.
class Log:
    def __init__(self): self.d = {"k": 1}; self.v = 1
    def __getitem__(self, k): print("getitem", k); return self.d[k]
    def __setitem__(self, k, v): print("setitem", k, v); self.d[k] = v
    def __getattribute__(self, n):
        if n not in ("d", "__dict__"): print("getattr", n)
        return object.__getattribute__(self, n)
    def __setattr__(self, n, v):
        print("setattr", n, v); object.__setattr__(self, n, v)
l = Log()
l["k"] += 5
l.v += 2
l.v, l["k"] = l["k"], l.v
print(l.d, l.v)
class Num:
    def __init__(self, v): self.v = v
    def __iadd__(self, o): print("iadd"); self.v += o; return self
    def __repr__(self): return f"Num({self.v})"
holder = [Num(1)]
holder[0] += 1
print(holder)
t = (Num(1),)
try:
    t[0] += 1
except TypeError as e:
    print(e, t)
