# Sizes that fit in an index but not in memory raise MemoryError (CPython: malloc fails),
# never abort the interpreter.

def attempt(label, f):
    try:
        r = f()
        print(label, "len", len(r))
    except MemoryError as e:
        print(label, "MemoryError", repr(e))
    except Exception as e:
        print(label, type(e).__name__, e)

huge = 2 ** 62
attempt("str repeat", lambda: "a" * huge)
attempt("bytes repeat", lambda: b"ab" * huge)
attempt("list repeat", lambda: [None] * huge)
attempt("tuple repeat", lambda: (1, 2) * huge)
attempt("bytearray repeat", lambda: bytearray(b"a") * huge)
attempt("bytes size", lambda: bytes(huge))
attempt("bytearray size", lambda: bytearray(huge))
attempt("center", lambda: "a".center(huge))
attempt("zfill", lambda: "1".zfill(huge))
attempt("bytes ljust", lambda: b"a".ljust(huge))
attempt("list of range", lambda: list(range(huge)))
attempt("tuple of range", lambda: tuple(range(huge)))

# In-place repetition leaves the list as it was.
l = [1, 2]
try:
    l *= huge
except MemoryError:
    print("inplace MemoryError", l)

# Small sizes still work.
print(len("ab" * 1000), len([0] * 10 ** 5), len(bytes(10 ** 5)), "x".center(7, "*"))
