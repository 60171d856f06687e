# getattr/hasattr on builtin types and their methods; attribute errors on builtins.
print(getattr([], "__len__")(), getattr("abc", "upper")(), getattr(3, "bit_length")(), getattr(2.5, "is_integer")())
print(hasattr(str, "join"), hasattr(list, "nope"), hasattr(1, "real"), hasattr(None, "__class__"), hasattr(dict, "fromkeys"))
print(getattr(dict, "fromkeys")("ab"), getattr(int, "from_bytes")(b"\x01\x00", "big"), getattr(str, "maketrans")("a", "b"))
for obj, name in [([], "push"), ("s", "foo"), (1, "length"), (None, "x"), ({}, "has_key"), (len, "zz")]:
    try:
        getattr(obj, name)
    except AttributeError as e:
        print("AttributeError:", e)
print(type(getattr([], "append")).__name__, type(getattr(list, "append")).__name__, type(len).__name__)
print(getattr([1, 2], "__getitem__")(1), str.upper("x"), list.__len__([1]), dict.get({"a": 1}, "a"))
