# Literal value patterns compare with ==, so 1 matches 1.0 and True, and -0.0 matches 0.
def kind(v):
    match v:
        case 0:
            return "zero"
        case 1:
            return "one"
        case -1:
            return "minus one"
        case 2.5:
            return "two and a half"
        case -1.5e3:
            return "minus fifteen hundred"
        case 3j:
            return "three j"
        case -2-3j:
            return "minus two minus three j"
        case 1+1j:
            return "one plus j"
        case "hello":
            return "greeting"
        case "":
            return "empty str"
        case b"raw":
            return "bytes"
        case 123456789012345678901234567890:
            return "big"
        case _:
            return "other"

for v in [0, 0.0, -0.0, False, 1, 1.0, True, -1, -1.0, 2.5, -1500.0, 3j, complex(-2, -3),
          1 + 1j, "hello", "", b"raw", "raw", 123456789012345678901234567890, None]:
    print(repr(v), "->", kind(v))
