# int and float methods called with extra arguments: the TypeError texts; and their normal results.
for t in ["(1).bit_length(2)", "(1).bit_count(1)", "(1.5).is_integer(1)", "(1.5).hex(2)", "(1).to_bytes(1, 'big', 5)", "(1).to_bytes(x=1)", "(5).as_integer_ratio(1)", "(2.5).as_integer_ratio(0)", "(1).conjugate(3)"]:
    try:
        print(t, eval(t))
    except TypeError as e:
        print(t, "->", e)
print((255).bit_length(), (255).bit_count(), (1.5).is_integer(), (1.5).hex(), (1).to_bytes(2, "little"), (5).as_integer_ratio(), (2.5).as_integer_ratio(), (1).conjugate())
