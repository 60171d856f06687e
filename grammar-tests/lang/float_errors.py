# float division by zero and overflow: the exact messages.
for expr in ["1.0 / 0", "1 / 0", "1.0 // 0", "1 // 0", "1.0 % 0", "1 % 0", "0.0 / 0.0", "divmod(1.0, 0.0)",
             "2.0 ** 10000", "10 ** 400 / 1", "float(10**400)", "0.0 ** -1", "(-8.0) ** 0.5", "1e308 * 10",
             "int(float('inf'))", "int(float('nan'))", "(-2) ** 0.5", "1 / 10**400", "10**400 / 10**399",
             "2 ** 1024.0", "(2.0).__truediv__(0)", "3 % 0.0", "5 // 0.0", "(10**400) * 1.0"]:
    try:
        print(expr, "->", eval(expr))
    except (ZeroDivisionError, OverflowError, ValueError) as e:
        print(expr, "->", type(e).__name__ + ":", e)
