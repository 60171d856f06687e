# Dataclass-like classes written by hand: a record base with __init_subclass__ generating
# __init__-style field handling, __eq__, __repr__, __hash__, ordering and replace().


class Record:
    fields = ()

    def __init_subclass__(cls, frozen=False, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.frozen = frozen
        annotations = cls.__dict__.get("__annotations__", {})
        inherited = [f for base in cls.__mro__[1:] for f in getattr(base, "fields", ())]
        own = [name for name in annotations if name not in inherited]
        cls.fields = tuple(dict.fromkeys(inherited + own))
        cls.defaults = {f: cls.__dict__[f] for f in own if f in cls.__dict__}

    def __init__(self, *args, **kwargs):
        if len(args) > len(self.fields):
            raise TypeError(f"{type(self).__name__} takes {len(self.fields)} positional arguments "
                            f"but {len(args)} were given")
        values = dict(zip(self.fields, args))
        for key, value in kwargs.items():
            if key not in self.fields:
                raise TypeError(f"{type(self).__name__} got an unexpected keyword argument {key!r}")
            if key in values:
                raise TypeError(f"{type(self).__name__} got multiple values for argument {key!r}")
            values[key] = value
        for f in self.fields:
            if f not in values:
                for klass in type(self).__mro__:
                    if f in getattr(klass, "defaults", {}):
                        values[f] = klass.defaults[f]
                        break
                else:
                    raise TypeError(f"missing required argument {f!r}")
            object.__setattr__(self, f, values[f])

    def __setattr__(self, name, value):
        if self.frozen:
            raise AttributeError(f"cannot assign to field {name!r}")
        object.__setattr__(self, name, value)

    def _astuple(self):
        return tuple(getattr(self, f) for f in self.fields)

    def __repr__(self):
        args = ", ".join(f"{f}={getattr(self, f)!r}" for f in self.fields)
        return f"{type(self).__name__}({args})"

    def __eq__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return self._astuple() == other._astuple()

    def __lt__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return self._astuple() < other._astuple()

    def __hash__(self):
        if not self.frozen:
            raise TypeError(f"unhashable type: {type(self).__name__!r}")
        return hash((type(self).__name__,) + self._astuple())

    def replace(self, **changes):
        values = {f: getattr(self, f) for f in self.fields}
        values.update(changes)
        return type(self)(**values)


class Point(Record, frozen=True):
    x: int
    y: int = 0


class Point3(Point, frozen=True):
    z: int = 0


class Item(Record):
    name: str
    price: float
    qty: int = 1


p = Point(1, 2)
print(p, Point(3), Point(y=5, x=1), Point3(1, 2, 3), Point3.fields)
print(p == Point(1, 2), p == Point3(1, 2), p != Point(2, 1), p == (1, 2))
print(sorted([Point(2, 1), Point(1, 5), Point(1, 2)]))
print(len({Point(1, 2), Point(1, 2), Point(2, 1)}), p.replace(y=9))
items = [Item("pen", 1.5, 10), Item("book", 12.0), Item(name="ink", price=3.25, qty=4)]
items[1].qty += 2
print(items)
print(sum(i.price * i.qty for i in items))
for bad in [lambda: p.__setattr__("x", 5), lambda: Point(), lambda: Point(1, 2, 3),
            lambda: Point(1, x=2), lambda: Point(1, w=2), lambda: hash(items[0]),
            lambda: Point(1) < Item("a", 1)]:
    try:
        print(bad())
    except (TypeError, AttributeError) as e:
        print(f"{type(e).__name__}: {e}")
print(Item.defaults, Point3.defaults, Item.frozen, Point.frozen)
