# A keyword argument a builtin does not accept is CPython's TypeError, not silently ignored
# (nor taken for a positional argument); the keywords it does accept still work.
calls = [
    "int(x=1)", "int('5', base=10)", "int(base=10)", "str(x=1)", "str(object=5)",
    "str(b'a', 'ascii', x=1)", "float(x=1.5)", "print(1, x=1)",
    "sorted([2, 1], x=1)", "sorted([2, 1], reverse=True)", "[3, 1].sort(x=1)",
    "min([1], x=1)", "max([1], x=1)", "sum([1], x=1)", "sum([1, 2], start=10)",
    "enumerate([1], x=1)", "list(enumerate('ab', start=5))", "zip([1], x=1)",
    "zip([1], [2], strict=True, x=1)", "list(zip([1], [2], strict=True))",
    "round(1.5, x=1)", "round(2.675, ndigits=2)", "round(number=2.5)",
]
for src in calls:
    try:
        print(src, "->", repr(eval(src)).split(" at ")[0])
    except TypeError as e:
        print(src, "TypeError:", e)
