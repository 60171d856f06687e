# Reports formatted with %-format and str.format (not f-strings).

sales = [
    ("north", "alice", 1234.5, 12),
    ("south", "bob", 98.125, 3),
    ("north", "carol", 45000.0, 150),
    ("east", "dan", 0.0, 0),
    ("south", "eve", 777.777, 7),
]

print("%-8s %-6s %12s %5s" % ("region", "rep", "amount", "units"))
print("%s" % ("=" * 34))
for region, rep, amount, units in sales:
    print("%-8s %-6s %12.2f %5d" % (region, rep, amount, units))
total = sum(s[2] for s in sales)
print("%-15s %12.2f %5d" % ("TOTAL", total, sum(s[3] for s in sales)))
print("%(rep)s sold %(units)03d units (%(pct).1f%%)" % {"rep": "carol", "units": 150, "pct": 45000 / total * 100})
print("%x %X %o %#x %#o %e %E %g %G" % (255, 255, 8, 255, 8, 12345.678, 0.000123, 1e-10, 123456789.0))
print("%+d % d %5.1f|%-5d|%05d|%c%c" % (5, 5, 3.14159, 42, -42, 65, "z"))
print("%r %s %a" % ("it's", "ok", "caf\xe9"))
print("%.3s|%10.4s|%-10s|" % ("abcdef", "abcdef", "hi"))
print("%*d|%-*d|%.*f" % (6, 42, 6, 42, 2, 3.14159))

header = "{:<8} {:<6} {:>12} {:>5}".format("region", "rep", "amount", "units")
print(header)
print("{0}".format("-" * len(header)))
by_region = {}
for region, rep, amount, units in sales:
    by_region.setdefault(region, []).append((rep, amount, units))
for region in sorted(by_region):
    reps = by_region[region]
    amt = sum(r[1] for r in reps)
    print("{:<8} {:<6} {:>12,.2f} {:>5}".format(region, len(reps), amt, sum(r[2] for r in reps)))
print("{0} {1} {0}".format("a", "b"), "{name}-{n:03}".format(name="x", n=7))
print("{:^10}|{:*>8}|{:#<6}|{:=+8}".format("mid", "r", "l", 42))
print("{0[0]} {0[1]} {1[k]} {2.real}".format(("t0", "t1"), {"k": "v"}, 3 + 4j))
print("{!r} {!s} {!a}".format("x", "y", "\u20ac"))
print("{:b} {:o} {:x} {:#b} {:,} {:_} {:.2%} {:e}".format(10, 10, 255, 5, 10**7, 10**6, 0.1234, 1234.5))
print("{{literal}} {}".format("value"))
w = 12
print("{:>{w}}|{:<{w}.3f}|".format("nested", 2.71828, w=w))
for fmt, args in [("%d", ("x",)), ("%s %s", ("only",)), ("%s", ("a", "b")), ("%z", (1,)),
                  ("%(k)s", ("no mapping",))]:
    try:
        print(fmt % args)
    except (TypeError, ValueError, KeyError) as e:
        print("%s: %s" % (type(e).__name__, e))
for fmt in ["{} {}", "{0} {}", "{:d}", "{missing}", "{"]:
    try:
        print(fmt.format("one"))
    except (IndexError, ValueError, KeyError) as e:
        print("{}: {}".format(type(e).__name__, e))
