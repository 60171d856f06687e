# f-strings: expressions, conversions, nested specs, =, escapes, and nesting quotes.
x, name, pi = 42, "Ann", 3.14159
print(f"{x}", f"{x + 1}", f"{name!r}", f"{name!s}", f"{'é'!a}", f"{x:>5}|", f"{pi:.2f}")
print(f"{x=}", f"{x = }", f"{pi=:.1f}", f"{name=!s}", f"{x*2=}")
width, prec = 10, 3
print(f"{pi:{width}.{prec}f}|", f"{name:{'*'}^{width}}", f"{x:{'x' if x else 'd'}}")
print(f"{{x}}", f"{{{x}}}", f"a{{b", f"{x}{x}")
d = {"k": "v"}
print(f"{d['k']}", f'{d["k"]}', f"{[1, 2][1]}", f"{(lambda: 7)()}", f"{ {'a': 1}['a'] }")
print(f"{'nested ' + f'{x}'}", f"{x:{'>'}{5}}", f"{3.0:g}", f"{10**20:,}")
print(f"""{name
}""", f"{x!r:^7}", f"{'q'!r:5}")
class F:
    def __format__(self, spec):
        return f"F<{spec}>"
    def __repr__(self):
        return "Frepr"
print(f"{F()}", f"{F():spec}", f"{F()!r}", f"{F()!r:>7}")
print(f"{'a' 'b'}", f"{x}" f"{name}", "plain" f"{x}")
print(f"{x:#x}", f"{x:08.3f}", f"{-x:+}", f"{x:,}", f"{1234567:_}", f"{0.25:%}")
try:
    f"{x:z}"
except ValueError as e:
    print("ValueError:", e)
