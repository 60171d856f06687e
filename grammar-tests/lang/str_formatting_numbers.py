# str() and repr() of numbers in containers, and str.format with numeric fields.
print(str(10**20), str(-0.0), str(1e-10), str(123456789.123), str(2**0.5), str([1.0, 2e20, 1e-3]))
print("{:,}".format(10**12), "{:_b}".format(1000), "{:.2%}".format(0.4567), "{:e}".format(0.000123))
print("{0:>{1}}".format(42, 6), "{:+.3g}".format(12345.678), "{:#.3g}".format(1.0), "{:.0e}".format(15000))
print("{:08.3f}|{:-^9.2f}|{:+08d}".format(3.14159, 2.5, 42))
print("%.2f%%" % 99.5, "%5.1f|%-6.2e|" % (2.25, 31415.9), "%+d %+d" % (5, -5))
print(round(2.5), round(3.5), "{:.0f} {:.0f}".format(2.5, 3.5), "%.0f %.0f" % (0.5, 1.5))
print("{:.3}".format(3.14159), "{:.3}".format("abcdef"), "{:10.3}|".format(2.0 / 3))
