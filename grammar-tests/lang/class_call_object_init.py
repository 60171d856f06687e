# Calling classes whose __new__ and __init__ are object's, then changed: bare instances, the
# TypeError for arguments, __new__ overrides, metaclass __call__, an __init__ added later.
class N:
    pass
class M(N):
    def __new__(cls, *a):
        print("new", a)
        return super().__new__(cls)
class Meta(type):
    def __call__(cls, *a):
        print("meta call", a)
        return super().__call__(*a)
class K(metaclass=Meta):
    pass
print(type(N()).__name__, type(M()).__name__, type(K()).__name__)
try:
    N(1)
except TypeError as e:
    print(e)
try:
    N(x=1)
except TypeError as e:
    print(e)
N.__init__ = lambda self, v=0: print("init", v)
N()
N(5)
del N.__init__
print(type(N()).__name__)
