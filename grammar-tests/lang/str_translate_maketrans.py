# str.maketrans in its three forms and str.translate.
t = str.maketrans("abc", "xyz")
print(sorted(t.items()), "aabbcc-d".translate(t))
t2 = str.maketrans("ab", "AB", "c")
print("abcabc".translate(t2))
t3 = str.maketrans({"a": "1", "b": None, ord("c"): "33"})
print(sorted(t3.items()), "abcd".translate(t3))
print("hello".translate({ord("l"): None}), "hello".translate({104: 72}), "héllo".translate({233: "e"}))
try:
    str.maketrans("ab", "x")
except ValueError as e:
    print("ValueError:", e)
try:
    str.maketrans({"ab": 1})
except ValueError as e:
    print("ValueError:", e)
try:
    str.maketrans(5)
except TypeError as e:
    print("TypeError:", e)
try:
    "a".translate({97: 1.5})
except TypeError as e:
    print("TypeError:", e)
class Tbl:
    def __getitem__(self, k):
        if k == 120:
            raise LookupError
        return k + 1
print("abx".translate(Tbl()))
