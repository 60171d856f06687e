# classmethod alternative constructors respect subclasses; __new__ caching (singleton).
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    @classmethod
    def origin(cls):
        return cls(0, 0)

    @classmethod
    def parse(cls, s):
        return cls(*map(int, s.split(",")))

    def __repr__(self):
        return f"{type(self).__name__}({self.x}, {self.y})"


class Point3(Point):
    pass


print(Point.origin(), Point3.origin(), Point3.parse("1,2"))


class Single:
    _inst = None
    inits = 0

    def __new__(cls):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst

    def __init__(self):
        Single.inits += 1


print(Single() is Single(), Single.inits)


class WithArgs:
    def __new__(cls, *args, **kwargs):
        obj = super().__new__(cls)
        obj.seen = (args, kwargs)
        return obj

    def __init__(self, *args, **kwargs):
        pass


print(WithArgs(1, k=2).seen)
