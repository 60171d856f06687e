# non-ASCII text: lengths, indexing, slicing, case mapping, comparisons and joins by code point.
words = ["café", "naïve", "Ångström", "日本語", "Ελληνικά", "emoji😀"]
for w in words:
    print(w, len(w), w[0], w[-1], w[1:3], w.upper(), w.lower(), w[::-1], w.isalpha(), repr(w))
print(sorted(words), max(words), min(words), "|".join(words))
print("ß" == "ss", "ß".upper() == "SS", "Straße".casefold() == "strasse", "ǅ".istitle())
print("ﬀ".upper(), "ŉ".upper(), "İstanbul".lower(), len("İ".lower()), "ΣΑΣ".lower(), "σς".upper())
print("x²".isdigit(), "x²"[1].isdigit(), "⅕".isnumeric(), "٣".isdecimal(), int("٣٤"), float("١.٥"))
