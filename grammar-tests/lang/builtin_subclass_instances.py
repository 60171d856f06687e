# builtins on instances of int/str/list/dict subclasses and of a __getitem__-only sequence.
class MyInt(int):
    def __repr__(self):
        return "MyInt(" + int.__repr__(self) + ")"
class MyStr(str):
    pass
class MyList(list):
    def __len__(self):
        return 99
class MyDict(dict):
    pass
m = MyInt(5)
print(m, repr(m), m + 1, type(m + 1).__name__, f"{m}", "%d" % m, "{}".format(m), str(m), hash(m) == hash(5))
s = MyStr("abc")
print(s, repr(s), s.upper(), type(s.upper()).__name__, s[1], s * 2, type(s * 2).__name__, len(s), "b" in s, s == "abc")
l = MyList([1, 2, 3])
print(l, len(l), list(l), l[0], 2 in l, sorted(l), sum(l), l + [4], type(l + [4]).__name__, bool(MyList()))
d = MyDict(a=1)
d["b"] = 2
print(d, len(d), list(d), d.get("a"), "b" in d, type(d.copy()).__name__, dict(d), d == {"a": 1, "b": 2})
class Seq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError(i)
        return i * 10
print(list(Seq()), 20 in Seq(), sorted(Seq(), reverse=True), tuple(Seq()), max(Seq()))
