# repr of strings: quote choice, escapes, non-printable and non-ASCII characters.
cases = ["", "'", '"', "'\"", "a'b", 'a"b', "\\", "\n\r\t", "\x00\x07\x1b", "\x7f", "\x80\x9f",
         "\xa0", "\xad", "é", "日本", "\u200b", "\u2028", "\ufeff", "\U0001f600", "\U000e0001",
         "tab\there", "bell\a", "\x0b\x0c"]
for c in cases:
    print(repr(c), len(repr(c)))
print(str(["a'b", 'c"d']), str(("\n",)))
print(repr("\U0010ffff"), repr("\U000f0000"), repr("\u0378"))
