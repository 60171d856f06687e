# str() of values, str of bytes with encoding, str subclasses, and string conversions.
print(str(), str(1), str(1.5), str(None), str([1, "a"]), str(b"x"), str(True), str(1e16))
print(str(object)[:14], str(int), str(len))
class S(str):
    def shout(self):
        return self.upper() + "!"
s = S("hey")
print(s, s.shout(), type(s).__name__, isinstance(s, str), s + "x", type(s + "x").__name__, len(s))
class M:
    def __str__(self):
        return "custom str"
    def __repr__(self):
        return "custom repr"
print(str(M()), M(), [M()], f"{M()}", "%s %r" % (M(), M()))
class Bad:
    def __str__(self):
        return 5
try:
    str(Bad())
except TypeError as e:
    print("TypeError:", e)
try:
    str(1, "utf-8")
except TypeError as e:
    print("TypeError:", e)
print(int("  42  "), float(" 1.5\n"), int("-0"), int("1_000"), float("1_0.5"))
