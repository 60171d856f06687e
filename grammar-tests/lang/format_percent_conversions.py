# %-formatting with every conversion type and flag.
print("%d %i %u" % (42, -7, 3), "%5d|%-5d|%05d|%+d|% d" % (1, 2, 3, 4, 5))
print("%s %r %a" % ("s", "r", "é"), "%10s|%-10s|%.2s" % ("a", "b", "abc"))
print("%x %X %#x %#X %o %#o" % (255, 255, 255, 255, 8, 8), "%x" % -255, "%#o" % 0)
print("%e %E %.2e %10.3e" % (12345.678, 0.00012, 1.5, -3.25))
print("%f %.0f %.3f %10.2f %-10.2f| %+.1f" % (3.14159, 2.5, 1 / 3, 2.0, 2.0, 1.0))
print("%g %g %g %g %G %#g" % (0.0001, 0.00001, 123456, 1234567, 1e-10, 1.0))
print("%c %c %%" % ("x", 65), "%5c|" % "y", "%(a)s-%(b)d" % {"a": "A", "b": 2})
print("%*d|%-*d|%.*f" % (5, 1, 4, 2, 2, 3.14159), "%s" % (1,), "%s" % [1, 2], "%s" % ((1, 2),))
print("%d" % 3.99, "%x" % True, "%s" % None, "%.3s" % "abcdef", "%r" % 1.0, "%i" % -0.5)
print("%d" % 10**30, "%x" % 2**70, "%e" % 10**30, "%f" % 1e20, "%.1f" % float("inf"), "%f" % float("nan"))
print("%-+8.2f|" % 3.14159, "%+05d" % 42, "% 05d" % -42, "%#8x|" % 255, "%-#8o|" % 8)
print("a %s b" % "x", "no args" % (), "%s and %s" % ("x", "y"), "%%d" % ())
for fmt, val in [("%d", "s"), ("%s %s", (1,)), ("%s", (1, 2)), ("%z", 1), ("%c", "ab"), ("%c", -1),
                 ("%(a)s", (1,)), ("%(x)s", {}), ("%x", 1.5), ("%d", None), ("%", ())]:
    try:
        print(fmt % val)
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
print(b"%s %d %x %c" % (b"bytes", 5, 255, 65), b"%r" % "s" if False else b"%a" % "é")
