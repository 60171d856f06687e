# __class_getitem__ on user classes: an implicit classmethod; types.GenericAlias as its result.
import types


class Box:
    def __class_getitem__(cls, item):
        return f"{cls.__name__} of {item!r}"


print(Box[int], Box[int, str], type(Box.__dict__["__class_getitem__"]).__name__)


class SubBox(Box):
    pass


print(SubBox[bytes])


class Node:
    __class_getitem__ = classmethod(types.GenericAlias)

    def __init__(self, value=None):
        self.value = value


alias = Node[int]
print(alias, alias.__origin__ is Node, alias.__args__, type(alias).__name__)
n = alias(5)
print(n.value, n.__orig_class__, n.__orig_class__ == Node[int], type(n).__name__)
print(Node[int] == Node[int], Node[int] == Node[str], Node[int] | None)


class Slotted:
    __slots__ = ("x",)
    __class_getitem__ = classmethod(types.GenericAlias)


s = Slotted[int]()
print(type(s).__name__, hasattr(s, "__orig_class__"))


class Pair(dict[str, int]):
    pass


p = Pair(a=1)
print(p, Pair.__orig_bases__, Pair[int], isinstance(p, dict))


class Meta(type):
    def __getitem__(cls, item):
        return ("meta", cls.__name__, item)


class WithMeta(metaclass=Meta):
    def __class_getitem__(cls, item):
        return "never"


print(WithMeta[1])


class Plain:
    pass


try:
    Plain[int]
except TypeError as e:
    print("TypeError:", e)
try:
    Plain()[0]
except TypeError as e:
    print("TypeError:", e)
