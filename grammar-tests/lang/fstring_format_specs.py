# f-string format specs: widths, alignment, signs, grouping, types, and nested fields.
n, f, s = 1234567, -3.14159, "py"
print(f"[{n:>12}] [{n:<12}] [{n:^12}] [{n:*^12}] [{n:012}] [{n:+,}] [{n:_}] [{-n:=12}]")
print(f"[{f:.3f}] [{f:10.2e}] [{f:<+10.1f}] [{f:%}] [{abs(f):08.3f}] [{f:g}] [{1e-9:g}] [{f:.0f}]")
print(f"[{s:5}] [{s:>5}] [{s:^6}] [{s:_<4}] [{s!r:>6}] [{s:.1}]")
print(f"[{255:b}] [{255:o}] [{255:x}] [{255:X}] [{255:#b}] [{255:#o}] [{255:#x}] [{97:c}] [{1e6:n}]")
for w in range(3, 7):
    print(f"{'x':{w}}|{3.5:{w}.{w - 2}}|{w:{'0' if w % 2 else ' '}{w}}")
items = [("apple", 1.5, 3), ("kiwi", 0.25, 12)]
for name, price, qty in items:
    print(f"{name:<8}{price:>6.2f}{qty:>4d}{price * qty:>8.2f}")
print(f"{'left':<10}|{'right':>10}|")
print(f"{1/3:.{2}f} {1/3:.{5}f} {'%'} {{}} {n!s:>10}")
