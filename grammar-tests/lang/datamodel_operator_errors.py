# The TypeError texts for unsupported operands: binary, in-place, unary, power and divmod forms.
cases = [
    lambda: "a" ** None,
    lambda: 1 - "a",
    lambda: [] * 1.5,
    lambda: {} + {},
    lambda: ~"s",
    lambda: -[],
    lambda: +None,
    lambda: divmod(1, None),
    lambda: 1 @ 2,
    lambda: None < None,
    lambda: "a" % (),
]
for c in cases:
    try:
        c()
    except TypeError as e:
        print(e)
x = 1
for op in ("**=", "@=", "-=", "|=", "//="):
    try:
        exec(f"x {op} None")
    except TypeError as e:
        print(e)
