# property with getter/setter/deleter, decorator chain, read-only errors, doc, and on the class.
class Temp:
    def __init__(self):
        self._c = 0

    @property
    def celsius(self):
        "Degrees C."
        return self._c

    @celsius.setter
    def celsius(self, v):
        if v < -273:
            raise ValueError("too cold")
        self._c = v

    @celsius.deleter
    def celsius(self):
        print("deleting")
        self._c = None

    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32


t = Temp()
t.celsius = 100
print(t.celsius, t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print(e)
del t.celsius
print(t.celsius)
try:
    t.fahrenheit = 5
except AttributeError as e:
    print(e)
try:
    del t.fahrenheit
except AttributeError as e:
    print(e)
print(type(Temp.celsius).__name__, Temp.celsius.__doc__, Temp.celsius.fget.__name__)
print(Temp.fahrenheit.fset, Temp.celsius.fdel is not None)


def get_x(self):
    return "x!"


class Old:
    x = property(get_x, doc="the x")


print(Old().x, Old.x.__doc__)


class Raising:
    @property
    def bad(self):
        raise AttributeError("inner")

    def __getattr__(self, name):
        return "getattr " + name


print(Raising().bad)
