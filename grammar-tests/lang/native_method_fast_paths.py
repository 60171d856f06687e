# The hottest builtin methods (str predicates, upper/lower, startswith/endswith, list.append,
# dict.get) called in loops, with every shape the fast entries leave to the general ones.


def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


tokens = ["123", "12a", "", "\u0663\u0664", "abc", "ABC", "a1", "\u00e9t\u00e9", " "]
for t in tokens:
    print(repr(t), t.isdigit(), t.isalpha(), t.isalnum(), t.upper(), t.lower())

counts = {}
out = []
for i in range(30):
    s = str(i)
    if s.endswith("7") or s.startswith("2"):
        out.append(s)
    counts[s[-1]] = counts.get(s[-1], 0) + 1
print(out)
print(counts)
print(counts.get("x"), counts.get("x", "dflt"), counts.get("1"))
print("abc".endswith(("x", "c")), "abc".startswith("b", 1), "abc".endswith("b", 0, 2))
print("\u00e9t\u00e9".upper(), "STRASSE".lower(), "stra\u00dfe".upper())

# Wrong arity and keywords: the general functions' messages.
attempt(lambda: "1".isdigit(1))
attempt(lambda: "a".upper("x"))
attempt(lambda: "a".endswith())
attempt(lambda: "a".endswith(1))
attempt(lambda: "a".startswith(("a", 1)))
attempt(lambda: [].append())
attempt(lambda: [].append(1, 2))
attempt(lambda: [].append(x=1))
attempt(lambda: {}.get())
attempt(lambda: {}.get(1, 2, 3))
attempt(lambda: {}.get([]))
attempt(lambda: {}.get(k=1))

# Unbound calls with a wrong receiver.
attempt(lambda: str.isdigit(5))
attempt(lambda: str.upper(None))
attempt(lambda: list.append((), 1))
attempt(lambda: dict.get([], 1))


# Subclass receivers, and methods overridden in subclasses.
class S(str):
    def upper(self):
        return "S.upper"


class L(list):
    def append(self, x):
        super().append(x * 2)


class D(dict):
    def __missing__(self, k):
        return "missing"


class D2(dict):
    def get(self, k, default=None):
        return ("D2.get", k, default)


s, lst, d, d2 = S("12"), L(), D(a=1), D2()
for _ in range(3):
    print(s.isdigit(), s.upper(), s.lower(), s.endswith("2"))
    lst.append(1)
    print(d.get("a"), d.get("b"), d.get("b", 0), d2.get("k"))
print(lst, type(s.lower()).__name__)


# A key with its own __eq__ and __hash__, reached through the fast path.
class K:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        print("hash", self.v)
        return hash(self.v)

    def __eq__(self, other):
        print("eq", self.v)
        return isinstance(other, K) and other.v == self.v


dk = {K(1): "one"}
print(dk.get(K(1)), dk.get(K(2), "none"))


class BadHash:
    def __hash__(self):
        raise RuntimeError("no hash")


attempt(lambda: {}.get(BadHash()))

# A method looked up once on one type, then the same instruction on another.
for obj in ["ab", ["a"], b"ab", "AB"]:
    try:
        print(obj.upper())
    except AttributeError as e:
        print("AttributeError", e)

print(str.isdigit.__name__, type("".isdigit).__name__, "x".upper.__self__)
