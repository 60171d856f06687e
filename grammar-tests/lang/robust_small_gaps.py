# Small behaviours found by the robustness hunt, each as CPython 3.11 has it.


class J:
    def __index__(self):
        return 2**100


class K:
    def __index__(self):
        return 3


for make in (lambda: "ab" * J(), lambda: J() * [1], lambda: b"x" * J(), lambda: (1,) * J()):
    try:
        make()
    except OverflowError as e:
        print("OverflowError:", e)
print("ab" * K(), K() * [0], bytearray(b"z") * K())
try:
    "ab" * 2**100
except OverflowError as e:
    print("OverflowError:", e)


def f():
    pass


f.x = 1
f.__dict__ = {"y": 2}
print(f.__dict__, f.y, hasattr(f, "x"))
for value in (5, None):
    try:
        f.__dict__ = value
    except TypeError as e:
        print("TypeError:", e)
try:
    del f.__dict__
except TypeError as e:
    print("TypeError:", e)
print(f.__dict__)

import sys

m = type(sys)("m")
for action in ("set", "del"):
    try:
        if action == "set":
            m.__dict__ = {}
        else:
            del m.__dict__
    except AttributeError as e:
        print(action, "AttributeError:", e)

err = ValueError()
err.note = 1
try:
    del err.__dict__
except TypeError as e:
    print("TypeError:", e)
print(err.__dict__)


class C:
    pass


c = C()
c.a = 1
del c.__dict__
print(c.__dict__)

for base in (int, bool.__base__, bytes, tuple, str, float, list, object):
    try:

        class S(base):
            __slots__ = ("a",)

        print(base.__name__, "takes __slots__")
    except TypeError as e:
        print(base.__name__, "TypeError:", e)


class B(int):
    pass


try:

    class D(B):
        __slots__ = ["x"]

except TypeError as e:
    print("TypeError:", e)


class EmptySlots(int):
    __slots__ = ()


print(EmptySlots(7) + 1)


class G(Exception):
    pass


try:
    del G.__module__
except TypeError as e:
    print("TypeError:", e)


class E(Exception):
    __module__ = 5


class F(Exception):
    pass


F.__module__ = None
print(repr(E), repr(F), E.__module__, F.__module__, repr(E("m")))
raise E("msg")
