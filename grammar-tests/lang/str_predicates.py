# the is* predicates over ASCII, Unicode and empty strings.
tests = ["", "abc", "ABC", "Abc", "abc123", "123", "١٢٣", "½", "²", " \t\n", "Hello World", "hello world",
         "Hello world", "_id", "id1", "1id", "é", "日本", "a b", "\x00", "\u00a0", "ⅷ", "class", "a-b"]
for t in tests:
    print(repr(t), t.isalpha(), t.isdigit(), t.isdecimal(), t.isnumeric(), t.isalnum(), t.isspace(),
          t.islower(), t.isupper(), t.istitle(), t.isidentifier(), t.isprintable(), t.isascii())
