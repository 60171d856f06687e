# a matrix of %-conversions over ints, floats, bool and str; errors are shortened.
vals = [0, 42, -42, 2**65, 3.7, -0.5, 1e20, float("inf"), True, "s", b"b" if False else "t"]
convs = ["%s", "%r", "%a", "%d", "%i", "%u", "%x", "%X", "%o", "%#x", "%#o", "%e", "%E", "%f", "%F", "%g", "%G", "%c", "%5d", "%-5d|", "%05d", "%+d", "% d", "%.2f", "%10.3e", "%-10s|", "%.1s", "%*d", "%.*f", "%#.0f", "%#g", "%+.0e"]
for v in vals:
    out = []
    for c in convs:
        try:
            if "*" in c:
                out.append(c % (6, v))
            else:
                out.append(c % v)
        except (TypeError, ValueError, OverflowError) as e:
            out.append(type(e).__name__[:3] + ":" + str(e)[:40])
    print(repr(v), out)
