# the no-argument str methods over a matrix of ASCII and Unicode samples (title case, folding, classes).
methods = ["split", "rsplit", "splitlines", "strip", "lstrip", "rstrip", "title", "capitalize", "swapcase", "casefold", "upper", "lower",
           "isalpha", "isdigit", "isspace", "istitle", "isupper", "islower", "isalnum", "isidentifier", "isprintable"]
samples = ["", " ", "a", "A b", "hello world", "Hello World", "HELLO", "a1 b2", "  lead", "trail  ", "x\ty\nz", "ǅ", "ß", "ﬁ", "İi",
           "123", "١٢", "Ⅻ", "_x", "x-y", "\x00", "\u2028", "\xa0x\xa0", "a\u0301", "ΑΒΓ", "ǈ ǉ", "ﬃ", "ŉ", "ǰ"]
for s in samples:
    print(repr(s), [getattr(s, m)() for m in methods])
