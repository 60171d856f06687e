# repr of strings round-trips through eval; ascii escapes everything non-ASCII.
samples = ["plain", "tab\t", "quote'", 'dq"', "both'\"", "back\\slash", "nul\0", "é", "日本", "😀", "\x7f\x9f", "\u2028", "zero\u200bwidth"]
for s in samples:
    r = repr(s)
    a = ascii(s)
    print(r, a, eval(r) == s, eval(a) == s)
print(repr("a" * 3 + "'"), str(["x'y"]), repr(("é",)), ascii({"ключ": "значение"}))
