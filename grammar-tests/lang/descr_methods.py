# classmethod, staticmethod, bound methods: __self__, __func__, equality and calling through the class.
class K:
    n = 1

    def inst(self, x):
        return ("inst", x)

    @classmethod
    def cm(cls, x):
        return ("cm", cls.__name__, x)

    @staticmethod
    def sm(x):
        return ("sm", x)


class Sub(K):
    pass


k = K()
print(k.inst(1), K.inst(k, 2), k.cm(3), K.cm(4), Sub.cm(5), Sub().cm(6), k.sm(7), K.sm(8))
m = k.inst
print(m.__self__ is k, m.__func__ is K.inst, m == k.inst, m.__name__, m.__qualname__)
print(type(m).__name__, type(K.inst).__name__, type(K.__dict__["cm"]).__name__, type(K.__dict__["sm"]).__name__)
print(K.cm.__self__ is K, K.__dict__["sm"].__func__ is K.sm)
try:
    K.inst()
except TypeError as e:
    print(e)
try:
    k.inst()
except TypeError as e:
    print(e)
try:
    K.sm()
except TypeError as e:
    print(e)
r = repr(m)
print(r.startswith("<bound method K.inst of <__main__.K object at 0x"))
print(repr(K.inst).startswith("<function K.inst at 0x"))


def free(self):
    return "free " + type(self).__name__


K.free = free
print(k.free())
k.attr_fn = free
try:
    k.attr_fn()
except TypeError as e:
    print(e)
print(k.attr_fn(1) if False else "instance functions are not bound")
