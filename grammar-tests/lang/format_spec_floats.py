# format specs for floats: e E f F g G % n and none, precision, sign, #, 0, grouping.
vals = [0.0, -0.0, 1.0, 3.14159265, -2.5, 1234567.891, 1e-7, 1e16, 1.5e300, float("inf"), float("-inf"), float("nan")]
specs = ["", ".3", ".2f", "e", ".3E", "g", ".10g", "G", "%", ".1%", "+", " .1f", "10.2f", "<10.1f", "^12.3g", "010.2f", ",.2f", "_.1f", "#g", "#.0f", "#.0e", "n", "F"]
for v in vals:
    print(repr(v), [format(v, s) for s in specs])
print(format(0.1, ".20f"), format(1 / 3, ".17g"), format(2.5, ".0f"), format(3.5, ".0f"), format(0.125, ".2f"))
print(format(123.456, "z.1f") if False else format(-0.0001, ".1f"), format(1e22, "f"), format(5e-324, "g"))
for spec in ["d", "x", "c", ",s"]:
    try:
        format(1.5, spec)
    except ValueError as e:
        print("ValueError:", e)
