# Slots and inheritance: subclasses with and without __slots__, __dict__ and __weakref__ slots.
class Base:
    __slots__ = ('a',)


class Open(Base):
    pass


class More(Base):
    __slots__ = ('b',)


class WithDict:
    __slots__ = ('a', '__dict__')


class WithWeak:
    __slots__ = ('__weakref__', 'a')


o = Open()
o.a = 1
o.extra = 2
print(o.__dict__, o.a, vars(o))
print(list(vars(Open)))
m = More()
m.a, m.b = 1, 2
print(m.a, m.b, list(vars(More)), More.a is Base.a)
try:
    m.c = 3
except AttributeError as e:
    print(e)
w = WithDict()
w.a = 1
w.b = 2
print(w.__dict__, list(vars(WithDict)))
print(list(vars(WithWeak)), WithWeak().__weakref__)
try:
    class Again(WithWeak):
        __slots__ = ('__weakref__',)
except TypeError as e:
    print(e)
try:
    class Again(Open):
        __slots__ = ('__dict__',)
except TypeError as e:
    print(e)


class Plain:
    pass


class SlottedChild(Plain):
    __slots__ = ('s',)


c = SlottedChild()
c.s = 1
c.t = 2
print(c.__dict__, list(vars(SlottedChild)))


class Shadow(Base):
    a = 'class value'


sh = Shadow()
print(sh.a)
try:
    sh.a = 3
except AttributeError as e:
    print(e)


class Other:
    __slots__ = ('x',)


try:
    class Both(Base, Other):
        pass
except TypeError as e:
    print(e)


class Diamond(More, Base):
    __slots__ = ('c',)


d = Diamond()
d.a, d.b, d.c = 1, 2, 3
print(d.a, d.b, d.c, [k for k in vars(Diamond)])


class Empty:
    __slots__ = ()


try:
    Empty().anything = 1
except AttributeError as e:
    print(e)


class ReadOnly:
    __slots__ = ()
    limit = 10


r = ReadOnly()
print(r.limit)
try:
    r.limit = 5
except AttributeError as e:
    print(e)
try:
    del r.limit
except AttributeError as e:
    print(e)
