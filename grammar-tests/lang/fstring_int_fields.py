# f-string fields of ints, alone and among other parts: machine ints at their limits, big
# ints, bools and int subclasses, with and without conversions and specs.


class Meters(int):
    def __str__(self):
        return "str-m"

    def __format__(self, spec):
        return f"m[{spec}]"


n = -12345678901234567
for i in (0, 7, -1, 10, 99, 100, -100, 2**62, -2**63, 2**63 - 1, 2**63, -(2**63) - 1, 10**30, True, 3.5):
    print(f"[{i}]", f"{i}", f"a{i}b{i!r}c{i:>8}", f"{i}{i}", f"{'é'}{i}", len(f"{i}-{i}"))
w = 6
print(f"{n:{w}}|{n}|{w}{w:{w}}|{w:{w}{w}}")
print(f"x{Meters(5)}y", f"{Meters(5)}", f"{Meters(5)!s}{Meters(5)!r}{Meters(5):>3}")
long = f"{'x' * 30}{n}{n}"
print(long, len(long), long.count("-"), hash(long) == hash("x" * 30 + str(n) * 2))
short = f"{1}{2}{3}"
print(short, short == "123", {short: 1}["123"], short.isdigit())
parts = [f"item-{i}:{i * 3 % 97}" for i in range(0, 100000, 9999)]
print(parts)
print(f"{None}", f"[{None!r}]")
try:
    print(f"{None:>3}")
except TypeError as e:
    print("TypeError:", e)
print(f"{n:x}")
