# d[k], k in d, d[k] = v with int and str keys, next to keys that need Python's == and
# dicts that are not plain dicts.


class SameHash:
    """Hashes like the str "a" and equals everything, loudly."""

    def __hash__(self):
        return hash("a")

    def __eq__(self, other):
        print("SameHash.__eq__", other)
        return True


def main():
    d = {}
    for i in range(5):
        d[i] = i * i
        d[f"k{i}"] = i
    print(d[3], d["k4"], 2 in d, "k9" in d, 9 not in d, "k1" not in d)
    d[3] += 1
    d["k0"] = d["k0"] + 10
    print(d)
    try:
        d["missing"]
    except KeyError as e:
        print("KeyError", repr(e))
    try:
        d[99]
    except KeyError as e:
        print("KeyError", repr(e))
    # True == 1 and 1.0 == 1: the same key.
    d[True] = "bool"
    d[2.0] = "float"
    print(d[1], d[2], 1.0 in d)

    class Big:
        def __init__(self, h):
            self.h = h

        def __hash__(self):
            return self.h

    # An int __hash__ result that fits a machine word is the hash itself.
    for h in [2**62, -2**63, 2**63, -1, -2, 2**61 - 1, 2**61, 2**100, True]:
        print(h, hash(Big(h)))

    odd = {SameHash(): "odd"}
    print("a" in odd)
    print(odd["a"])
    odd["a"] = "replaced"
    print(list(odd.values()))

    class Counter(dict):
        def __missing__(self, key):
            print("missing", key)
            return 0

    c = Counter()
    c["x"] = c["x"] + 1
    print(c, "x" in c, c[5])

    class Loud(dict):
        def __contains__(self, key):
            print("contains", key)
            return True

        def __setitem__(self, key, value):
            print("set", key, value)
            super().__setitem__(key, value)

    loud = Loud()
    print(7 in loud)
    loud["y"] = 2
    print(loud)

    class S(str):
        def __eq__(self, other):
            print("S.__eq__", other)
            return str.__eq__(self, other)

        __hash__ = str.__hash__

    s = {S("b"): 1}
    print("b" in s, s["b"])
    s["b"] = 2
    print(s)

    big = {i: i for i in range(1000)}
    total = 0
    for i in range(0, 2000, 3):
        if i in big:
            total += big[i] & 7
    print(total)

    try:
        {}[[1]] = 2
    except TypeError as e:
        print("TypeError", e)
    print([] in {} if False else "skip")
    d2 = {"a": 1}
    for k in d2:
        d2["b"] = 2
        break
    try:
        for k in d2:
            d2[k + "x"] = 1
    except RuntimeError as e:
        print("RuntimeError", e)
    print({}["gone"])


main()
