# metaclass= keyword: __new__/__init__/__call__/__prepare__ on the metaclass, class keywords.
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, kw)
        return {"injected": 1}

    def __new__(mcls, name, bases, ns, **kw):
        print("meta new", name, [b.__name__ for b in bases], sorted(k for k in ns if not k.startswith("__")))
        cls = super().__new__(mcls, name, bases, ns)
        cls.tag = kw.get("tag")
        return cls

    def __init__(cls, name, bases, ns, **kw):
        print("meta init", name)
        super().__init__(name, bases, ns)

    def __call__(cls, *args):
        print("meta call", args)
        return super().__call__(*args)


class A(metaclass=Meta, tag="t"):
    x = 1

    def __init__(self, v):
        self.v = v


print(type(A).__name__, A.tag, A.injected)
a = A(7)
print(a.v)


class B(A):
    pass


print(type(B).__name__, B.tag)


def functional(name, bases, ns):
    print("functional", name)
    return 99


class F(metaclass=functional):
    pass


print(F)
T = type("T", (object,), {"z": 3, "f": lambda self: self.z * 2})
print(T.__name__, T().f(), type(T))
print(type(5), type(type))
try:
    type("x", 5, {})
except TypeError as e:
    print(e)
