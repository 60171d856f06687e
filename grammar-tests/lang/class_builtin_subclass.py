# Subclassing builtin types: extra methods and attributes, super() calls into the builtin.
class MyList(list):
    def total(self):
        return sum(self)

    def append(self, x):
        super().append(x * 10)


m = MyList([1, 2])
m.append(3)
m.extra = "attr"
print(m, m.total(), len(m), type(m).__name__, isinstance(m, list), m.extra)


class MyDict(dict):
    def __missing__(self, key):
        return f"missing {key}"


d = MyDict(a=1)
print(d["a"], d["b"], d.get("b"), "b" in d)


class Upper(str):
    def shout(self):
        return self.upper() + "!"


u = Upper("hi")
print(u, u.shout(), u + "x", type(u + "x").__name__, len(u), repr(u))


class Num(int):
    def __repr__(self):
        return f"Num({int(self)})"


n = Num(5)
print(n, repr(n), n + 1, type(n + 1).__name__, n * 2, isinstance(n, int))


class Err(ValueError):
    def __init__(self, code):
        super().__init__(f"code {code}")
        self.code = code


try:
    raise Err(3)
except ValueError as e:
    print(e, e.code, e.args)
