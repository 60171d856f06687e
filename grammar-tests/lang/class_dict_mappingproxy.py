# cls.__dict__ is a live, read-only mappingproxy; vars(C) lists CPython's entries in order.
import types


class C:
    pass


print(vars(C))
print(repr(C.__dict__).startswith("mappingproxy({"), type(C.__dict__), type(vars(C)) is types.MappingProxyType)
print(list(C.__dict__), "__dict__" in vars(C), "__weakref__" in C.__dict__, len(C.__dict__))
print(C.__dict__["__dict__"], C.__dict__["__weakref__"], type(C.__dict__["__dict__"]).__name__)
print(C.__dict__["__dict__"].__name__, C.__dict__["__dict__"].__objclass__, C().__weakref__)


class D:
    "the doc"
    x = 1

    def f(self):
        return self.x


print(list(D.__dict__), D.__dict__["x"], D.__dict__.get("x"), D.__dict__.get("nope", "dflt"))
print(sorted(k for k in D.__dict__.keys() if not k.startswith("__")), list(D.__dict__.values())[2])
print([k for k, v in D.__dict__.items() if k == "f"], "f" in D.__dict__, "g" in D.__dict__)
print(D.__dict__ == dict(D.__dict__), D.__dict__.copy() == dict(vars(D)), type(D.__dict__.copy()))
print([k for k in D.__dict__][:3], list(reversed(D.__dict__))[:2])


class E(D):
    y = 2


class F(Exception):
    pass


class G(int):
    pass


class H:
    __slots__ = ()


class I(H):
    pass


print(list(E.__dict__), list(F.__dict__), list(G.__dict__), list(I.__dict__))

# the proxy is live
p = D.__dict__
D.z = 3
print("z" in p, p["z"], len(p) == len(vars(D)))
del D.z
print("z" in p)

# read-only
for action in (lambda: p.__setitem__("x", 5), lambda: p.__delitem__("x")):
    try:
        action()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)
try:
    D.__dict__["x"] = 5
except TypeError as e:
    print("TypeError:", e)
try:
    del D.__dict__["x"]
except TypeError as e:
    print("TypeError:", e)
try:
    C.__dict__ = {}
except AttributeError as e:
    print("AttributeError:", e)
try:
    C().__weakref__ = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    hash(p)
except TypeError as e:
    print("TypeError:", e)

# types.MappingProxyType over a dict
d = {"a": 1}
mp = types.MappingProxyType(d)
d["b"] = 2
print(mp, repr(mp), mp["b"], len(mp), list(mp), mp | {"c": 3}, {"z": 0} | mp)
try:
    types.MappingProxyType([1, 2])
except TypeError as e:
    print("TypeError:", e)
print(vars(type)["__dict__"], isinstance(D.__dict__, dict))
mp["a"] = 2
