# str.format: positional, numbered, keyword, attribute and index fields, format_map, escapes.
print("{} {}".format("a", "b"), "{1} {0} {1}".format("x", "y"), "{name}!".format(name="n"))
print("{0[1]} {0[k]}".format({1: "one", "k": "kay"}), "{0.real} {0.imag}".format(3 + 4j))
print("{a[0]}-{a[2]}".format(a="xyz"), "{{literal}} {}".format(1), "{}{{".format(2))
print("{!r} {!s} {!a}".format("q", "q", "é"), "{0!r:>6}".format("z"))
print("{:{}}|".format("w", 5), "{:{fill}{align}{width}}".format("c", fill="*", align="^", width=7))
class P:
    def __init__(self):
        self.x = 1
        self.y = [2, 3]
print("{p.x} {p.y[1]}".format(p=P()))
print("{name} is {age}".format_map({"name": "Ann", "age": 3}))
class Default(dict):
    def __missing__(self, key):
        return "<" + key + ">"
print("{a} {b}".format_map(Default(a="A")))
for fmt, args, kwargs in [("{} {}", ("a",), {}), ("{0} {}", ("a", "b"), {}), ("{x}", (), {}),
                          ("{", (), {}), ("}", (), {}), ("{0[}", (1,), {}), ("{!x}", (1,), {}),
                          ("{:d}", ("s",), {}), ("{0.nope}", (1,), {}), ("{5}", (1,), {})]:
    try:
        print(fmt.format(*args, **kwargs))
    except (IndexError, KeyError, ValueError, AttributeError, TypeError) as e:
        print(type(e).__name__ + ":", e)
