# min/max: several arguments, an iterable, key, default, and the errors.
print(min(3, 1, 2), max(3, 1, 2))
print(min([4, 5, 0]), max("hello"))
print(min("b", "a", "c"), max([1.5, 2, True]))
print(min([], default="empty"), max((), default=None))
print(min(["aaa", "b", "cc"], key=len), max(["aaa", "b", "cc"], key=len))
print(max([(1, "b"), (1, "a"), (0, "z")]))
print(max([1, 3, 3.0, 2]), min([1, 1.0, True]))
print(max(range(5), key=lambda x: -x))
print(min(5, key=None) if False else min([5], key=None))
for f in (min, max):
    try:
        f([])
    except ValueError as e:
        print("ValueError:", e)
    try:
        f()
    except TypeError as e:
        print("TypeError:", e)
    try:
        f(5)
    except TypeError as e:
        print("TypeError:", e)
    try:
        f(1, 2, default=0)
    except TypeError as e:
        print("TypeError:", e)
    try:
        f([1, "a"])
    except TypeError as e:
        print("TypeError:", e)
