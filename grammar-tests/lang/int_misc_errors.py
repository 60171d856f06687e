# int operator errors with exact messages, and mixed-type arithmetic results.
for expr in ["1 + 'a'", "1 - None", "[] * 1.5", "1 < 'x'", "5 // 'x'", "- 'a'", "~1.5", "1 @ 2", "1 << 1.0",
             "2 ** 'x'", "5 % []", "divmod('a', 1)", "1 & 1.0", "abs(None)", "int.__add__(1, 'x')", "1 + []"]:
    try:
        print(expr, "->", eval(expr))
    except TypeError as e:
        print(expr, "->", "TypeError:", e)
print(1 + 1.0, 1 + 1j, 3 - True, 2 * 2.5, 2 ** 0.5, 10 // 2.5, 10 % 2.5, (1).__add__(1.0))
print(0 ** 0, 0.0 ** 0, 5 ** 0, (-5) ** 2, (-5) ** 3, 10 ** -2, 4 ** 0.5)
print(int.__add__(1, 2), (5).__lt__(6), (5).__eq__("5"), (5).__radd__(1))
