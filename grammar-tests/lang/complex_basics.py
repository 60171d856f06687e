# complex numbers: construction, repr, arithmetic, attributes, errors.
z = 3 + 4j
print(z, repr(z), z.real, z.imag, z.conjugate(), abs(z), -z, +z, z == 3 + 4j, z != 1)
print(1j, -1j, 0j, complex(), complex(1), complex(1, 2), complex("1+2j"), complex(" 3j "), complex(-0.0, -0.0))
print(complex(1.5, -2), (1 + 2j) * (3 - 1j), (1 + 2j) / (1 - 1j), (1 + 2j) ** 2, 1j ** 2, (2j) ** 0.5)
print((1 + 2j) + 1, 2 - 1j, 1.5 * 1j, complex(1e300, 1e300) * 10, complex("inf+nanj"), complex(float("nan"), 0))
print(1j == 1j, complex(1, 0) == 1, hash(complex(2, 0)) == hash(2), type(z).__name__, bool(0j), bool(1j))
print(complex(2, 3).imag, (1e16 + 1e-5j), 1e-20j, (5 + 0j).real)
for expr in ["1j < 2j", "(1+1j) // 1", "(1+1j) % 2", "complex('x')", "1j / 0", "int(1j)", "float(1j)", "complex('1+2j', 1)", "0j ** -1"]:
    try:
        print(eval(expr))
    except (TypeError, ValueError, ZeroDivisionError) as e:
        print(expr, "->", type(e).__name__ + ":", e)
