# repr() and the f-string !r field of strs: plain ASCII, quotes, escapes, long, subclasses.
for s in ["", "x", "abc def", 'a"b', "a'b", "a\\b", "tab\there", "é", "~!@#$%^&*()_+{}|:<>?", "x" * 40, "y" * 300]:
    print(repr(s), f"{s!r}", f"[{s!r:>12}]", len(repr(s)), repr(s).isascii())
class S(str):
    def __repr__(self):
        return "S!"
print(repr(S("q")), f"{S('q')!r}", repr(str.__new__(S, "z")))
