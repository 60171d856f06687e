# str.format and f-strings: nested specs, indexing fields, and the errors for malformed fields.
print("{:>{w}.{p}f}|{:^{w}}|".format(3.14159, "mid", w=9, p=2))
print("{0[0][1]} {0[1]}".format([["a", "b"], "c"]), "{x[key]}".format(x={"key": "v"}))
print("{:%Y}".format(5) if False else "{:,d}".format(1234567), "{:_o}".format(8**9), "{:#_b}".format(255))
print(f"{'{'}{'}'}", f"{{{1}}}", f"{'a':{'^'}{3}}", f"{3.14159:{'.'}{2}f}")
width = 6
print(f"{'ab':>{width}}", f"{12:0{width}d}", f"{-12:0={width}d}", f"{12:x^{width}}")
print("{} {}".format(*"ab"), "{a}{b}".format(**{"a": 1, "b": 2}), "{0!s:>4}{0!r:>6}".format("q"))
for fmt in ["{:>}", "{:10}", "{!r:}", "{0:{1}}"]:
    try:
        print(repr(fmt.format("x", 4)))
    except (ValueError, IndexError) as e:
        print(type(e).__name__, e)
for fmt in ["{0:{1:{2}}}", "{:{:{}}}", "{0!}", "{0:}", "{0!rr}", "{a.}", "{[}"]:
    try:
        print(repr(fmt.format("x", 4, 5, a=1)))
    except (ValueError, IndexError, KeyError, AttributeError) as e:
        print(type(e).__name__, e)
