# Data vs non-data descriptors: precedence against the instance __dict__, __set_name__, __get__ on class.
class NonData:
    def __get__(self, obj, owner=None):
        return ("nondata", obj is None, owner.__name__)


class Data:
    def __set_name__(self, owner, name):
        self.name = "_" + name

    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        return getattr(obj, self.name, "unset")

    def __set__(self, obj, value):
        print("Data.set", value)
        setattr(obj, self.name, value)

    def __delete__(self, obj):
        print("Data.delete")
        delattr(obj, self.name)


class C:
    nd = NonData()
    d = Data()


c = C()
print(c.nd, C.nd)
c.__dict__["nd"] = "shadowed"
print(c.nd)
print(c.d)
c.d = 5
print(c.d, c.__dict__)
c.__dict__["d"] = "ignored"
print(c.d)
del c.d
print(c.d, isinstance(C.d, Data), C.d.name)


class SetOnly:
    def __set__(self, obj, value):
        print("SetOnly.set")


class D:
    s = SetOnly()


d = D()
d.s = 1
print(type(d.s).__name__)
try:
    del d.s
except AttributeError as e:
    print(e)


class ReadOnly:
    def __get__(self, obj, owner):
        return 42

    def __delete__(self, obj):
        raise AttributeError("cannot delete")


class E:
    r = ReadOnly()


try:
    E().r = 1
except AttributeError as e:
    print(e)
