# format(n, 'c') and '%c' % n: the code point checks and their OverflowErrors.
print(format(65, "c"), format(0x1F600, "c"), f"{97:c}{98:>3c}", "%c%c" % (72, "i"))
for v in (2**70, -2**70, 2**63, -1, 0x110000, 2**31):
    for how in (lambda: format(v, "c"), lambda: "%c" % v):
        try:
            print(repr(how()))
        except OverflowError as e:
            print("OverflowError:", e)
format(2**64, "c")
