# Class patterns: positional sub-patterns use __match_args__, keywords name attributes.
class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"

class Point3(Point):
    __match_args__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        Point.__init__(self, x, y)
        self.z = z

def where(p):
    match p:
        case Point3(0, 0, 0):
            return "3d origin"
        case Point3(x, y, z=0):
            return f"3d on the floor at {x},{y}"
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=y):
            return f"on the y axis at {y}"
        case Point(x, y=0):
            return f"on the x axis at {x}"
        case Point(x, y) if x == y:
            return f"on the diagonal at {x}"
        case Point():
            return f"somewhere: {p}"
        case _:
            return "not a point"

for p in [Point(0, 0), Point(0, 5), Point(3, 0), Point(2, 2), Point(1, 2), Point3(0, 0, 0),
          Point3(1, 2, 0), Point3(1, 2, 3), (0, 0), None]:
    print(p, "->", where(p))

# Keyword sub-patterns work without __match_args__, on any attribute.
class Box:
    def __init__(self, **kw):
        self.__dict__.update(kw)

match Box(w=2, h=3):
    case Box(w=2, h=h):
        print("a box 2 wide and", h, "high")

match 5:
    case int(real=r, imag=i, numerator=n):
        print("int attributes:", r, i, n)
