# In-place operators: __iadd__ etc., fallback to the binary operator, mutation visible via aliases.
class Acc:
    def __init__(self):
        self.items = []

    def __iadd__(self, x):
        self.items.append(x)
        return self

    def __isub__(self, x):
        return NotImplemented

    def __sub__(self, x):
        return "sub fallback"


a = Acc()
alias = a
a += 1
a += 2
print(alias.items, a is alias)
a -= 1
print(a)


class OnlyAdd:
    def __init__(self, v):
        self.v = v

    def __add__(self, o):
        return OnlyAdd(self.v + o)


o = OnlyAdd(1)
keep = o
o += 5
print(o.v, keep.v, o is keep)
lst = [1]
same = lst
lst += [2]
print(same)
t = (1,)
tt = t
t += (2,)
print(t, tt)
x = 7
x //= 2
x **= 3
x %= 10
x <<= 2
x |= 1
x ^= 3
x &= 0xff
x >>= 1
print(x)
try:
    s = "a"
    s -= 1
except TypeError as e:
    print(e)
try:
    n = None
    n += 1
except TypeError as e:
    print(e)


class Holder:
    def __init__(self):
        self.d = {"k": [1]}


h = Holder()
h.d["k"] += [2]
print(h.d)
