# isinstance/issubclass with tuples and bool/int, type() of values and type(name, bases, ns).
print(isinstance(1, int), isinstance(True, int), isinstance(1, bool), isinstance(1.0, (int, float)))
print(isinstance("s", (list, (tuple, str))), isinstance(None, type(None)), isinstance(int, type))
print(issubclass(bool, int), issubclass(int, object), issubclass(list, (str, list)), issubclass(float, int))
print(type(1), type(1.5), type("s"), type(b""), type([]), type(()), type({}), type(set()))
print(type(None), type(...), type(len), type(type), type(1j), type(range(1)), type(True))
print(type(1) is int, type(True) is bool, type(type(1)) is type)
T = type("T", (), {"x": 1, "hello": lambda self: "hi"})
t = T()
print(T.__name__, t.x, t.hello(), type(t) is T, isinstance(t, T))
U = type("U", (T,), {})
print(U.__mro__[1] is T, U().x)
try:
    isinstance(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    issubclass(1, int)
except TypeError as e:
    print("TypeError:", e)
try:
    type("X", 1, {})
except TypeError as e:
    print("TypeError:", e)
try:
    type(1, 2)
except TypeError as e:
    print("TypeError:", e)
