# conformance: whole-stderr
# CPython 3.11 marks the failing operator of a binary operation with ~~~^~~~.
def divide(a, b):
    total = a + 1
    return total / b + a


values = [1, 2]
result = divide(values[0], values[1] - 2)
