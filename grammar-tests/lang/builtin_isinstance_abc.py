# isinstance/issubclass over the numeric tower and builtin hierarchies, with tuples and nesting.
values = [0, True, 1.5, 2j, "s", b"b", bytearray(), [], (), {}, set(), frozenset(), None, range(1), len, int]
for v in values:
    print(type(v).__name__, isinstance(v, int), isinstance(v, (float, complex)), isinstance(v, (list, tuple, range)),
          isinstance(v, (str, bytes, bytearray)), isinstance(v, (dict, set, frozenset)), isinstance(v, object), isinstance(v, type))
print(issubclass(bool, (int, str)), issubclass(type, object), issubclass(object, type), issubclass(frozenset, set))
print(issubclass(int, ((float,), (int,))), isinstance(3, ()), issubclass(str, ()))
