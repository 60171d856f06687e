# range is a sequence: patterns with a *_ index it without iterating, so huge ranges are fine.
big = range(10**12)
match big:
    case [first, second, *_, last]:
        print(first, second, last)

match range(0, 100, 7):
    case [*_, x, y]:
        print("last two of a stepped range:", x, y)

match range(3):
    case [a, *rest]:
        print(a, rest)

match range(0):
    case []:
        print("empty range matches []")

match range(5, 0, -2):
    case (5, 3, 1):
        print("a backwards range compares item by item")
