# id identity properties, repr and ascii of builtin values.
a = [1]
b = a
print(id(a) == id(b), id(a) == id([1]), type(id(a)).__name__)
print(repr(1), repr("x'y"), repr('x"y'), repr("both'\""), repr(1.0), repr(None))
print(repr([1, "a", (2,)]), repr({"k": [None]}), repr((1,)), repr(()), repr(set()))
print(repr(b"\x00ab\xff"), repr(bytearray(b"hi")), repr(range(2)), repr(...), repr(NotImplemented))
print(ascii("héllo"), ascii("日本"), ascii("\U0001f600"), ascii(["é", 1]), ascii("plain"))
print(ascii("\n\t\x7f"), repr("\n\t\x7f\x80\xa0é"), repr("\u200b\u2028"))
print(repr(-0.0), repr(1e16), repr(1e-5), repr(float("inf")), repr(float("nan")))
class C:
    def __repr__(self):
        return "<C é>"
print(repr(C()), ascii(C()), [C()], str(C()))
class D:
    def __repr__(self):
        return 42
try:
    repr(D())
except TypeError as e:
    print("TypeError:", e)
l = [1]
l.append(l)
print(repr(l))
d = {}
d["self"] = d
print(d)
