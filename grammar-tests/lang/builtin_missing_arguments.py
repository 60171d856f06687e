# calling builtins with missing or extra arguments: the exact TypeError texts.
calls = ["round()", "pow()", "pow(2)", "len()", "abs()", "divmod(1)", "isinstance(1)", "getattr(1)", "iter()",
         "next()", "chr()", "ord()", "hash()", "id()", "repr()", "ascii()", "callable()", "sorted()", "sum()",
         "any()", "all()", "hex()", "len(1, 2)", "abs(1, 2)", "chr(1, 2)", "repr(1, 2)", "sorted([], [])",
         "b'x'.decode(1)", "'x'.encode(1)", "zip([1], strict=1, extra=2)", "enumerate()", "reversed()"]
for c in calls:
    try:
        eval(c)
        print(c, "ok")
    except TypeError as e:
        print(c, "->", e)
