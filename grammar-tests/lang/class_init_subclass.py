# __init_subclass__ is an implicit classmethod, called with the class keywords.
class Registry:
    subclasses = []

    def __init_subclass__(cls, /, prefix="", **kw):
        super().__init_subclass__(**kw)
        cls.label = prefix + cls.__name__
        Registry.subclasses.append(cls.__name__)


class A(Registry):
    pass


class B(Registry, prefix="my"):
    pass


class C(B):
    pass


print(Registry.subclasses, A.label, B.label, C.label)
try:
    class D(Registry, unknown=1):
        pass
except TypeError as e:
    print(e)

try:
    class E(unknown=1):
        pass
except TypeError as e:
    print(e)


class Named:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)


class Owner:
    a = Named()
    b = Named()


class G:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item!r}]"


print(G[int], G["x"], G[1, 2])
print(list[int], dict[str, int])
