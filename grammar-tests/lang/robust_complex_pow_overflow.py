# A complex power whose result overflows raises OverflowError, as CPython checks for an
# infinite part; NaN parts do not count.
cases = [
    (1 + 1j, 10**10),
    (1e200j, 2),
    (2j, 1e10 + 0j),
    (1e300 + 1e300j, 2),
    (complex("inf"), 2),
    (complex("inf"), 0.5),
    (complex("nan"), 2),
    (2 + 0j, -1e400),
    (0j, -1),
    (1 + 1j, 3),
]
for base, exp in cases:
    try:
        print(base, "**", exp, "=", base**exp)
    except (OverflowError, ZeroDivisionError) as e:
        print(base, "**", exp, type(e).__name__, e)
for base, exp in [(-1e300, 1.5), (-8.0, 1 / 3), (-2.0, 0.5)]:
    try:
        r = base**exp
        print(base, "**", exp, "=", round(r.real, 6), round(r.imag, 6))
    except OverflowError as e:
        print(base, "**", exp, "OverflowError", e)
