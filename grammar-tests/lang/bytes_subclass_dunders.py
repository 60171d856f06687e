# bytes and bytearray expose their dunder methods; subclasses keep their class and overrides.
class B(bytearray):
    def __setitem__(self, k, v):
        print("set", k, v)
        super().__setitem__(k, v)
    def __getitem__(self, k):
        r = super().__getitem__(k)
        return r
    def __delitem__(self, k):
        super().__delitem__(k)
b = B(b"abc")
b[0] = 65
b[1:2] = b"XY"
del b[-1]
print(b, b[0], b[0:2], type(b[0:2]).__name__, b"a" in b, b"A" in b, 65 in b)
print(bytearray.__add__(bytearray(b"a"), b"b"), bytes.__mul__(b"ab", 2), bytes.__contains__(b"abc", b"b"))
class C(bytes):
    def __getitem__(self, k):
        return super().__getitem__(k) * 2
print(C(b"xyz")[1], C(b"xyz") + b"!", 3 * b"ab", list(bytearray(b"hi")))
try:
    bytearray(b"a").__setitem__(0, 300)
except ValueError as e:
    print(e)
print(bytearray.__iter__(bytearray(b"ab")).__next__())
class C(bytes):
    def __getitem__(self, k):
        return 1000
class S(str):
    def __getitem__(self, k):
        return 1000
c = C(b"xyz")
print(c[1], S("ab")[0], c.__getitem__(0), type(c).__name__, type(c).__mro__)
