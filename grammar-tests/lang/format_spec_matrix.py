# a matrix of format specs over ints, floats, special floats and bool; errors are shortened.
vals = [0, 7, -7, 123456789, 2**70, 0.0, -0.0, 1.5, -2.25, 1234.5678, 1e-7, 3.14159e20, float("inf"), float("nan"), True]
specs = ["", "<8", ">8", "^8", "*^9", "08", "+", "-", " ", "+08", "=+9", ",", "_", ".3", ".0", "#", "#08x", "x", "X", "o", "b", "e", ".2e", "E", "f", ".1f", "F", "g", ".3g", "G", "%", ".1%", "n", "d", "#o", "#b", "_x", ",.2f", "+.3e", "010.3f", "^+10.2f", ".2g", "#.3g", "#.0f", "#.0e", ".0%"]
for v in vals:
    out = []
    for s in specs:
        try:
            out.append(format(v, s))
        except (ValueError, TypeError, OverflowError) as e:
            out.append(type(e).__name__[:3] + ":" + str(e)[:30])
    print(repr(v), out)
for v in [65, 0x1F600, -1, 0x110000]:
    try:
        print(repr(format(v, "c")))
    except (ValueError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
