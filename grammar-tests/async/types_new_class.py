import types

def body(ns):
    ns["greet"] = lambda self: "hello from " + type(self).__name__
    ns["x"] = 1

K = types.new_class("K", (), {}, body)
print(K.__name__, K.x, K().greet())

class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        ns["made_by"] = mcls.__name__
        return super().__new__(mcls, name, bases, ns)

M = types.new_class("M", (K,), {"metaclass": Meta})
print(M.made_by, type(M).__name__, issubclass(M, K))
print(types.prepare_class("P", (K,))[0].__name__)
print(types.resolve_bases((int, str)))
