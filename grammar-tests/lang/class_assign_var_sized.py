# obj.__class__ = Other for subclasses of int, tuple, bytes (variable-sized objects, whose
# __dict__ sits after the items) and of str, float, complex, list (fixed-size objects)


def assign(obj, new):
    old = type(obj).__name__
    try:
        obj.__class__ = new
        print(old, "->", new.__name__, "ok", type(obj).__name__)
    except TypeError as e:
        print(old, "->", new.__name__, "TypeError:", e)


for base, value in [(int, 5), (tuple, (1, 2)), (bytes, b"ab"), (str, "s"), (float, 1.5),
                    (complex, 2j), (list, [1]), (frozenset, [3])]:
    A = type("A", (base,), {})
    B = type("B", (base,), {})
    assign(A(value), B)


class I(int):
    pass


class I2(int):
    pass


class J(I):
    pass


class K(I):
    __slots__ = ()


class Bare(int):
    __slots__ = ()


class Bare2(int):
    __slots__ = ()


class BareChild(Bare):
    pass


x = I(5)
assign(x, I2)
assign(x, J)
assign(J(1), I)
assign(J(1), K)
assign(K(1), J)
assign(Bare(1), Bare2)
assign(Bare(1), I)
assign(Bare(1), BareChild)
assign(BareChild(1), Bare)
assign(I(1), int)
assign(5, I)
print(x, J(7) + 1, type(x).__name__)


class T(tuple):
    pass


class T2(T):
    __slots__ = ()


t = T((1, 2))
assign(t, T2)
print(t, type(t).__name__, len(t))
I(3).__class__ = I2
