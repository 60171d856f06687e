# list()/tuple() from every kind of iterable, and their errors; list() copies, tuple() of a tuple is itself.
t = (1, 2)
print(tuple(t) is t, list(t), list(list(t)), tuple("ab"), tuple(range(3)), tuple({"k": 1}), tuple({3}))
l = [1, [2]]
m = list(l)
print(m == l, m is l, m[1] is l[1])
print(list(x for x in "xyz"), list(zip("ab", "cd")), list(map(str, range(2))), list(reversed((1, 2))), list(enumerate("a")))
print(list(b"\x01\x02"), list(bytearray(b"z")), list({1: "a"}.items()), tuple(iter([5, 6])))
for bad in [lambda: list(5), lambda: tuple(None), lambda: list(1.5), lambda: tuple(1, 2)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
