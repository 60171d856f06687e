# complex repr, str and format; arithmetic with ints and floats; equality and hashing.
vals = [1 + 2j, -1.5 - 0.5j, 2j, -2j, complex(0, -0.0), complex(-0.0, 0), complex(1e16, 1), complex(float("inf"), float("nan"))]
for z in vals:
    print(repr(z), str(z), z.real, z.imag)
print(format(1 + 2j, ""), format(1.5 - 2.25j, ".1f"), format(3j, ">12"), format(1 + 1j, "+.2e"))
print((1 + 2j) * 2, (1 + 2j) + 0.5, (1 + 2j) - 1j, 3 / (1 + 1j), (1 + 1j) ** 0, abs(-3j))
print(1 + 2j == complex(1, 2), 2 + 0j == 2, 2 + 0j == 2.0, hash(2 + 0j) == hash(2), {1j: "a"}[1j])
print(complex("1e3-2.5j"), complex("-j"), complex("(2+3j)"), complex(real=1, imag=-1))
