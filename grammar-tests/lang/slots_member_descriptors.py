# __slots__ make member descriptors in the class; values live in the instance.
class Point:
    __slots__ = ('y', 'x')

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm1(self):
        return abs(self.x) + abs(self.y)


p = Point(3, -4)
print(p.x, p.y, p.norm1())
print(type(Point.__dict__['x']).__name__, repr(Point.x), Point.x.__name__)
print(Point.x.__objclass__ is Point, Point.x.__qualname__)
print(list(vars(Point)))
print(Point.x.__get__(p), Point.x.__get__(None, Point) is Point.x)
Point.y.__set__(p, 10)
print(p.y, p.norm1())
Point.y.__delete__(p)
try:
    p.y
except AttributeError as e:
    print(repr(e), e.name, e.obj is p)
try:
    del p.y
except AttributeError as e:
    print(repr(e))
try:
    Point.y.__delete__(p)
except AttributeError as e:
    print(repr(e))
try:
    p.z = 1
except AttributeError as e:
    print(repr(e))
try:
    p.__dict__
except AttributeError as e:
    print(repr(e))
try:
    Point.x.__get__(1)
except TypeError as e:
    print(e)
try:
    Point.x.__set__('s', 2)
except TypeError as e:
    print(e)
print(hasattr(p, 'y'), getattr(p, 'y', 'unset'), hasattr(p, 'x'))
setattr(p, 'y', 7)
print(p.y, [n for n in dir(p) if not n.startswith('__')])
# A loop through the attribute cache: reads, stores, an unset slot met on the way.
total = 0
for i in range(5):
    q = Point(i, i)
    if i == 3:
        del q.y
    try:
        total += q.y
    except AttributeError:
        total += 100
    q.x = q.x * 2
    total += q.x
print(total)
