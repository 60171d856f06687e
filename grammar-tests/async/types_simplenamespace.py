import types

ns = types.SimpleNamespace(a=1, b="two")
print(ns)
print(ns.a, ns.b)
ns.c = [3]
del ns.a
print(ns, sorted(vars(ns)))
print(types.SimpleNamespace(x=1) == types.SimpleNamespace(x=1), types.SimpleNamespace(x=1) == types.SimpleNamespace(x=2))
print(types.SimpleNamespace())
try:
    types.SimpleNamespace(1)
except TypeError as e:
    print(e)
print(types.SimpleNamespace)
