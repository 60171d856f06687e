import types

m = types.ModuleType("made")
print(m.__name__, m.__doc__)
m.value = 3
print(m.value)
m2 = types.ModuleType("withdoc", "the doc")
print(m2.__doc__)

class Counter:
    def __init__(self):
        self.n = 0

def bump(self, k):
    self.n += k
    return self.n

c = Counter()
b = types.MethodType(bump, c)
print(b(2), b(3), b.__self__ is c, b.__func__ is bump)
