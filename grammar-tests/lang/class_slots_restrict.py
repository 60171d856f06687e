# __slots__ restricts instance attributes (unless a base has a __dict__); unset slots raise.
class P:
    __slots__ = ("x", "y")

    def __init__(self, x):
        self.x = x


p = P(1)
print(p.x, P.__slots__)
try:
    p.z = 3
except AttributeError as e:
    print(e)
try:
    p.y
except AttributeError as e:
    print(e)
p.y = 2
print(p.x + p.y)


class Q(P):
    __slots__ = ("z",)


q = Q(5)
q.z = 6
print(q.x, q.z)
try:
    q.w = 1
except AttributeError as e:
    print(e)


class Free(P):
    pass


f = Free(1)
f.anything = "ok"
print(f.anything)


class WithDict:
    __slots__ = ("a", "__dict__")


w = WithDict()
w.b = 1
print(w.b)


class Single:
    __slots__ = "only"


s = Single()
s.only = 1
try:
    s.other = 2
except AttributeError as e:
    print(e)
