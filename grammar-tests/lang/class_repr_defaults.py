# Default repr/str of instances and classes; str falls back to repr; format/__format__.
class A:
    pass


r = repr(A())
print(r.startswith("<__main__.A object at 0x"), r.endswith(">"))
print(str(A()) .startswith("<__main__.A object"))
print(repr(A), str(A), repr(int), repr(object), repr(type))


class B:
    def __repr__(self):
        return "B-repr"


print(repr(B()), str(B()), f"{B()}", [B()], f"{B()!r}")


class C:
    def __str__(self):
        return "C-str"


print(str(C()), repr(C()).startswith("<__main__.C"), f"{C()}", "%s" % C())


class Bad:
    def __repr__(self):
        return 5


try:
    repr(Bad())
except TypeError as e:
    print(e)


class Fmt:
    def __format__(self, spec):
        return f"fmt[{spec}]"


print(format(Fmt(), "x>5"), f"{Fmt():abc}")
try:
    format(A(), "x")
except TypeError as e:
    print(e)
a = A()
print(format(a, "") == str(a))


class Outer:
    class Inner:
        pass


print(repr(Outer.Inner))
print(repr(Outer.Inner()).startswith("<__main__.Outer.Inner object at"))
