# list and tuple subclasses are sequences. Patterns with a `*_` index the subject
# (so __getitem__ and __len__ run); other sequence patterns unpack it (so __iter__ runs).
class Loud(list):
    def __len__(self):
        print("  __len__")
        return list.__len__(self)

    def __getitem__(self, i):
        print("  __getitem__", i)
        return list.__getitem__(self, i)

    def __iter__(self):
        print("  __iter__")
        return list.__iter__(self)

s = Loud([10, 20, 30, 40])
print("first and last, *_ between:")
match s:
    case [first, *_, last]:
        print(" ->", first, last)

print("fixed length:")
match s:
    case [a, b, c, d]:
        print(" ->", a, b, c, d)

print("named star:")
match s:
    case [a, *rest]:
        print(" ->", a, rest)

print("only wildcards:")
match s:
    case [_, _, *_]:
        print(" -> matched")

class Pair(tuple):
    pass

match Pair((1, 2)):
    case (x, y):
        print("Pair unpacked", x, y)

class NotASequence:
    def __len__(self):
        return 2

    def __getitem__(self, i):
        return i

match NotASequence():
    case [a, b]:
        print("matched?!")
    case _:
        print("a class with __getitem__ is not a sequence")
