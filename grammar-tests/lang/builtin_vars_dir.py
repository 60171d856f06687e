# vars() and dir() of user objects, classes and modules.
class Base:
    b = 1
    def method(self):
        pass
class Obj(Base):
    def __init__(self):
        self.z = 1
        self.a = 2
o = Obj()
print(vars(o))
vars(o)["extra"] = 3
print(o.extra)
print([n for n in dir(o) if not n.startswith("__")])
print(dir(o) == sorted(dir(o)), "__init__" in dir(o), "method" in dir(o))
print([n for n in dir(Obj) if not n.startswith("_")])
class WithDir:
    def __dir__(self):
        return ["zeta", "alpha", "mid"]
print(dir(WithDir()))
try:
    vars(5)
except TypeError as e:
    print("TypeError:", e)
def f():
    local_one = 1
    local_two = 2
    return dir()
print(f())
import sys
print("path" in dir(sys), "argv" in vars(sys))
print([n for n in dir([]) if not n.startswith("_")])
print([n for n in dir({}) if not n.startswith("_")])
