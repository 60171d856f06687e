# Rich comparisons: reflected operands, NotImplemented fallbacks, identity fallback for ==/!=.
class V:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        print("V.eq", self.v)
        if isinstance(other, V):
            return self.v == other.v
        return NotImplemented

    def __lt__(self, other):
        print("V.lt", self.v)
        if isinstance(other, V):
            return self.v < other.v
        return NotImplemented


a, b = V(1), V(2)
print(a == V(1), a != b, a < b, b > a)
print(a == 1, a != 1)
try:
    a < 1
except TypeError as e:
    print(e)
try:
    1 > a
except TypeError as e:
    print(e)
try:
    a <= b
except TypeError as e:
    print(e)


class W(V):
    def __eq__(self, other):
        print("W.eq")
        return "w"


print(V(1) == W(1))
print(max(V(3), V(1)).v, min([V(2), V(5)]).v)


class Plain:
    pass


p = Plain()
print(p == p, p != Plain(), p is p)
try:
    p < p
except TypeError as e:
    print(e)
try:
    [1] < "a"
except TypeError as e:
    print(e)
print(1 < 2 < 3, 3 > 2 > 2)
