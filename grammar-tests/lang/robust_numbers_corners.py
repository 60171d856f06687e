# Arithmetic corners: ints past the float range, rounding to huge digit counts.

def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)

big = 10 ** 400
attempt("divmod big by 0.0", lambda: divmod(big, 0.0))
attempt("divmod 1 by 0.0", lambda: divmod(1, 0.0))
attempt("divmod 0.0 by big", lambda: divmod(0.0, big))
attempt("round negative far", lambda: round(-12345, -50))
attempt("round int near", lambda: round(15, -1))
attempt("round big int", lambda: round(10 ** 30 + 5 * 10 ** 9, -10))
attempt("int min floor", lambda: (-2 ** 63) // -1)
attempt("int min mod", lambda: (-2 ** 63) % -1)
attempt("pow mod 0", lambda: pow(2, -1, 0))
attempt("pow inverse", lambda: pow(3, -1, 7))
attempt("pow no inverse", lambda: pow(2, -1, 4))
attempt("shift huge", lambda: 1 >> 2 ** 70)
attempt("shift negative", lambda: 1 << -1)
attempt("sys.exit-like", lambda: SystemExit(2 ** 70).code)
