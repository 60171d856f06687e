# conformance: whole-stderr
# The failing expression spans lines: CPython quotes the first line only, no carets.
def compute(a, b,
            c):
    return a + b * c


x = compute(1,
            "two",
            None)
