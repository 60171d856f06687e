# getattr/setattr/hasattr/delattr on user objects, with defaults and errors.
class P:
    cls_attr = "c"
p = P()
setattr(p, "x", 1)
print(getattr(p, "x"), getattr(p, "y", "dflt"), getattr(p, "cls_attr"), hasattr(p, "x"), hasattr(p, "y"))
delattr(p, "x")
print(hasattr(p, "x"), p.__dict__)
try:
    getattr(p, "x")
except AttributeError as e:
    print("AttributeError:", e)
try:
    delattr(p, "nope")
except AttributeError as e:
    print("AttributeError:", e)
try:
    getattr(p, 5)
except TypeError as e:
    print("TypeError:", e)
try:
    setattr(object(), "z", 1)
except AttributeError as e:
    print("AttributeError:", e)
print(getattr(5, "real"), getattr("s", "upper")(), hasattr([], "append"), getattr(None, "x", 0))
try:
    getattr(1, "foo")
except AttributeError as e:
    print("AttributeError:", e)
try:
    "abc".nope
except AttributeError as e:
    print("AttributeError:", e)
class Raiser:
    @property
    def boom(self):
        raise ValueError("inner")
try:
    hasattr(Raiser(), "boom")
except ValueError as e:
    print("ValueError:", e)
