# __class__ assignment checks that both classes lay instances out alike.
class A:
    __slots__ = ('a', 'b')


class B:
    __slots__ = ('a', 'b')


class Reordered:
    __slots__ = ('b', 'a')


class Fewer:
    __slots__ = ('a',)


class Plain:
    pass


class Plain2:
    pass


class SubA1(A):
    pass


class SubA2(A):
    pass


class DictOnly:
    __slots__ = ('__dict__',)


def switch(obj, cls):
    try:
        obj.__class__ = cls
        print('now', type(obj).__name__)
    except TypeError as e:
        print(e)


x = A()
x.a = 1
x.b = 2
switch(x, B)
print(x.a, x.b)
switch(x, Reordered)
print(x.a, x.b)
switch(x, Fewer)
switch(x, Plain)
y = SubA1()
y.a = 5
y.note = 'kept'
switch(y, SubA2)
print(y.a, y.note)
switch(y, A)
p = Plain()
p.v = 1
switch(p, Plain2)
print(p.v)
switch(p, DictOnly)
switch(DictOnly(), Plain)
