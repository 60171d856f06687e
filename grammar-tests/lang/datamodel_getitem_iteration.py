# The old sequence protocol: __getitem__ with IndexError drives iteration and `in`.
class Seq:
    def __getitem__(self, i):
        print("getitem", i)
        if i >= 3:
            raise IndexError(i)
        return i * 10


print(list(Seq()))
print(20 in Seq())
it = iter(Seq())
print(type(it).__name__, next(it))


class Mapping:
    def __init__(self):
        self.d = {"a": 1}

    def __getitem__(self, k):
        return self.d[k]

    def __setitem__(self, k, v):
        print("set", k, v)
        self.d[k] = v

    def __delitem__(self, k):
        print("del", k)
        del self.d[k]


m = Mapping()
m["b"] = 2
print(m["a"], m["b"])
del m["a"]
try:
    m["a"]
except KeyError as e:
    print("KeyError", e)


class Slicer:
    def __getitem__(self, k):
        return k


s = Slicer()
print(s[1:2], s[::3], s[1, 2:3], s[...], s[:])
try:
    object()[0]
except TypeError as e:
    print(e)
try:
    object()[0] = 1
except TypeError as e:
    print(e)
try:
    del object()[0]
except TypeError as e:
    print(e)
try:
    Slicer()[0] = 1
except TypeError as e:
    print(e)
