# X | Y on classes builds types.UnionType: isinstance/issubclass accept it, repr, equality, annotations.
import types
u = int | str
print(u, type(u), u.__args__, type(u) is types.UnionType)
print(isinstance(1, u), isinstance(1.0, u), issubclass(bool, u), isinstance(1, (float, u)), issubclass(float, int | None))
print(int | None, None | int, int | int, (int | str) | float, int | (str | float), int | str == str | int)
print(hash(int | str) == hash(str | int), isinstance(None, int | None), list | dict)
class A: pass
print(A | int)
for bad in ["int | 1", "1 | int", "int | 'str'"]:
    try:
        eval(bad)
    except TypeError as e:
        print("TypeError:", e)
def f(x: int | None = None) -> str | bytes:
    return x
print(f.__annotations__)
def describe(value):
    match value:
        case int() | float() if isinstance(value, int | float):
            return "number"
        case _ if isinstance(value, str | bytes):
            return "text"
    return "other"
print([describe(v) for v in (1, 2.5, "s", b"b", None)])
class Meta(type):
    def __or__(cls, other):
        return f"Meta-or {cls.__name__} {other!r}"
class M(metaclass=Meta):
    pass
print(M | 1, int | M if False else "skip")
