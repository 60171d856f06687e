# A class namespace from __prepare__ must be a mapping; a slot may not also be a class
# attribute.

class IntPrepare(type):
    @classmethod
    def __prepare__(mcs, name, bases):
        return 5

try:
    class A(metaclass=IntPrepare):
        pass
except TypeError as e:
    print("TypeError", e)

class Recording(dict):
    def __setitem__(self, k, v):
        print("set", k)
        super().__setitem__(k, v)

class DictPrepare(type):
    @classmethod
    def __prepare__(mcs, name, bases):
        return Recording()

class B(metaclass=DictPrepare):
    x = 1

print(B.x)

for body in ("__slots__ = ('a',)\n    a = 5", "__slots__ = 'm'\n    def m(self): pass"):
    try:
        exec("class C:\n    " + body)
    except ValueError as e:
        print("ValueError", e)

class D:
    __slots__ = ("a",)
    b = 5

d = D()
d.a = 1
print(d.a, D.b)
