# Integer arguments past a C ssize_t or int: each builtin converts them as CPython's
# argument parsers do (OverflowError, a clamp, or the method's own range check).

def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

big = 2 ** 70

# Py_ssize_t parameters: OverflowError naming the C type.
attempt("center", lambda: "a".center(big))
attempt("ljust", lambda: "a".ljust(-big))
attempt("zfill", lambda: "ab".zfill(2 ** 63))
attempt("split", lambda: "a b".split(" ", big))
attempt("rsplit", lambda: "a b".rsplit(None, -big))
attempt("replace", lambda: "abc".replace("b", "x", big))
attempt("insert", lambda: [1, 2].insert(big, 0))
attempt("pop", lambda: [1, 2].pop(-big))
attempt("bytes center", lambda: b"a".center(big))
attempt("bytearray pop", lambda: bytearray(b"ab").pop(big))
attempt("to_bytes", lambda: (5).to_bytes(big, "big"))
attempt("to_bytes negative", lambda: (5).to_bytes(-1, "big"))

# C int parameters.
attempt("expandtabs", lambda: "a\tb".expandtabs(2 ** 31))
attempt("bytes expandtabs", lambda: b"a\tb".expandtabs(-(2 ** 31) - 1))
attempt("splitlines", lambda: "a\nb".splitlines(2 ** 31))
attempt("splitlines ok", lambda: "a\nb".splitlines(2 ** 31 - 1))
attempt("splitlines float", lambda: "a\nb".splitlines(1.5))
attempt("hex sep", lambda: b"ab".hex(":", big))

# Search bounds are clamped like slice bounds.
attempt("find", lambda: "abc".find("b", big))
attempt("find neg", lambda: "abc".find("b", -big))
attempt("count", lambda: "abc".count("", big))
attempt("index", lambda: "abc".index("b", 0, -big))
attempt("startswith", lambda: "abc".startswith("a", big))
attempt("bytes find", lambda: b"abc".find(b"b", -big))
attempt("list index", lambda: [1, 2, 3].index(2, -big))
attempt("list index past", lambda: [1, 2, 3].index(2, big))
attempt("tuple index", lambda: (1, 2).index(1, 0, big))

# Range checks after the clamp.
attempt("int base", lambda: int("1", big))
attempt("bytes item", lambda: bytes([big]))
attempt("bytearray item", lambda: bytearray([-big]))
attempt("bytearray append", lambda: bytearray(b"a").append(big))
attempt("round float", lambda: round(1.5, big))
attempt("round float neg", lambda: round(1.5, -big))
attempt("round int", lambda: round(12345, big))

# Sizes and repeat counts.
attempt("bytes size", lambda: bytes(2 ** 64))
attempt("bytearray size", lambda: bytearray(-(2 ** 64)))
attempt("bytes negative", lambda: bytes(-1))
attempt("list repeat", lambda: [0] * -(2 ** 64))
attempt("str repeat", lambda: "ab" * 2 ** 63)
attempt("bytearray repeat", lambda: bytearray(b"a") * 2 ** 64)
attempt("tuple repeat", lambda: (0,) * -(2 ** 64))
