# the format() builtin and __format__ of builtin types with empty and non-empty specs.
print(format(3), format(3.0), format("x"), format(True), format(None), format(1j), format([1, "a"]), format((1,)))
print(format(3, "5"), format(3.5, "<6"), format(True, ">6"), format(True, "^6d"), format(0, "b"), format(-0.0, "f"))
print(int.__format__(10, "x"), float.__format__(0.5, "%"), str.__format__("s", ">3"), complex.__format__(1j, ""))
print(format(12345.678, ",.1f"), format(-12345, "_d"), format(1e-5, ".2e"), format(100, "e"), format(1.0, "#"))
print(format(float("nan"), "f"), format(float("-inf"), "e"), format(float("inf"), "+"), format(float("nan"), "08.2f"))
try:
    format([], "d")
except TypeError as e:
    print("TypeError:", e)
try:
    format(3, "q")
except ValueError as e:
    print("ValueError:", e)
