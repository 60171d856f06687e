# Format specs and printf-style formats with extreme widths and precisions.

def attempt(label, f):
    try:
        r = f()
        print(label, len(r), r[:12], r[-6:])
    except Exception as e:
        print(label, type(e).__name__, e)

# Precisions past Rust's formatter limit: exact digits, then zeros.
attempt("f 100000", lambda: format(1.5, ".100000f"))
attempt("e 100000", lambda: format(1e300, ".100000e"))
attempt("g 100000", lambda: format(0.1, ".100000g"))
attempt("alt g 100000", lambda: format(2.5, "#.100000g"))
attempt("% 70000", lambda: format(0.5, ".70000%"))
attempt("none 70000", lambda: format(1e22, ".70000"))
attempt("printf f", lambda: "%.100000f" % 2.5)
attempt("printf e", lambda: "%.70000e" % 1.5)
attempt("tiny f", lambda: format(5e-324, ".1100f"))

# Too big to be a C int or ssize_t.
attempt("precision too big", lambda: format(1.5, ".2147483648f"))
attempt("width digits", lambda: format(1.5, "99999999999999999999"))
attempt("printf precision", lambda: "%.2147483648f" % 1.5)
attempt("printf width", lambda: "%99999999999999999999d" % 1)
attempt("printf star", lambda: "%*d" % (2 ** 70, 1))
attempt("field index", lambda: "{100000000000000000000}".format(1))
attempt("field item", lambda: "{0[100000000000000000000]}".format([1]))
attempt("field item neg", lambda: "{0[-1]}".format({"-1": "minus"}))

# A width that cannot be allocated.
attempt("width huge", lambda: format(1, "1000000000000000000"))
attempt("printf huge", lambda: "%1000000000000000000d" % 1)

# Zero padding with grouping on a wide field is linear, not quadratic.
r = format(1234567, "0200000,")
print(len(r), r[:8], r[-9:], r.count(","))
r = format(1.5, "0100001_.3f")
print(len(r), r[:6], r[-8:])
print(format(-12, "011,"), format(12, "08_"), format(1234, "09,"), format(1234, "010,"))
