# f-string int fields, list and dict comprehensions: the shapes with fast paths and the
# shapes next to them that must keep the general behaviour.


class Loud(int):
    def __format__(self, spec):
        return f"<{int(self)}:{spec}>"


class Key:
    def __init__(self, n):
        self.n = n

    def __hash__(self):
        return self.n % 3

    def __eq__(self, other):
        return isinstance(other, Key) and self.n % 3 == other.n % 3

    def __repr__(self):
        return f"Key({self.n})"


n = 12
print([f"w{i % 3}" for i in range(-4, 4)])
print(f"{n}", f"{-n}", f"{0}", f"é{n}", f"{n}é", f"a{n}b{n}c", f"{n}{n}")
print(f"{2 ** 70}", f"x{2 ** 63}", f"{-2 ** 63}", f"{True}", f"{None}", f"{1.5}")
print(f"{n!r}", f"{n:5}|", f"{n:x}", f"[{Loud(7)}]", f"{Loud(8):>3}")
s = f"{n}"
print(type(s).__name__, len(f"é{n}é"), f"é{n}é"[1:3], f"{n}".isdigit())

# Dict comprehensions: duplicates keep the first key and the last value, 1 == 1.0 == True.
print({k: i for i, k in enumerate([1, 1.0, True, "a", "a", 2])})
print({Key(i): i for i in range(7)})
print({f"k{i % 4}": i for i in range(10)})
sq = {i: i * i for i in range(1000)}
print(len(sq), sq[999], sum(sq.values()), list(sq)[:3])
try:
    print({[i]: i for i in range(3)})
except TypeError as e:
    print("TypeError:", e)

# List comprehensions building and nesting.
grid = [[r * c for c in range(4)] for r in range(3)]
print(grid, [x for row in grid for x in row if x % 2])
