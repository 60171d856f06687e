# An uncaught ValueError from a mapping pattern whose keys turn out equal at run time.
class Keys:
    a = "key"
    b = "key"

print("before")
match {"key": 1, "other": 2}:
    case {Keys.a: 1, Keys.b: 1}:
        print("unreachable")
