# A value class implementing most of the data model at once: arithmetic with reflection, truth,
# iteration, indexing, containment, ordering used by sorted/max, __format__, hashing in dicts.
class Vec:
    __match_args__ = ("x", "y")
    def __init__(self, x, y): self.x, self.y = x, y
    def __repr__(self): return f"Vec({self.x}, {self.y})"
    def __eq__(self, o): return isinstance(o, Vec) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self): return hash((self.x, self.y))
    def __add__(self, o): return Vec(self.x + o.x, self.y + o.y)
    def __mul__(self, k): return Vec(self.x * k, self.y * k)
    __rmul__ = __mul__
    def __neg__(self): return self * -1
    def __abs__(self): return (self.x ** 2 + self.y ** 2) ** 0.5
    def __bool__(self): return bool(self.x or self.y)
    def __iter__(self): yield self.x; yield self.y
    def __getitem__(self, i): return (self.x, self.y)[i]
    def __len__(self): return 2
    def __contains__(self, v): return v in (self.x, self.y)
    def __lt__(self, o): return abs(self) < abs(o)
    def __le__(self, o): return abs(self) <= abs(o)
    def __format__(self, spec): return f"<{self.x:{spec}}, {self.y:{spec}}>"
v = Vec(3, 4)
print(v + v, 2 * v, v * 2, -v, abs(v), bool(Vec(0, 0)), list(v), v[1], len(v), 4 in v)
print(sorted([Vec(5, 5), Vec(1, 1), v]), max(Vec(1, 0), Vec(0, 2)), v <= v, v > Vec(0, 1))
print(f"{v:.1f}", "{:03d}".format(v), {v: 1}[Vec(3, 4)], v == (3, 4), v != Vec(3, 4))
x, y = v
print(x, y, [*v], dict(a=v)["a"], sum(v), min(v), tuple(reversed(v)))
print(str(v), f"{v!s}", f"{v!r}", "%s" % (v,), "%r" % (v,))
