# A pattern that fails part way binds none of its names: captures are stored only once the
# whole pattern has matched.
def attempt(v):
    match v:
        case [a, b, 3]:
            return "matched"
        case {"k": c, "missing": d}:
            return "matched"
        case (e, 1) | (1, e, 2):
            return "matched"
    return "no match"

for v in [[1, 2, 4], {"k": 1}, (5, 6)]:
    print(v, attempt(v))

print(sorted(n for n in "abcde" if n in globals()))
for v in [[1, 2, 4], {"k": 1}, (5, 6)]:
    match v:
        case [a, b, 3]:
            pass
        case {"k": c, "missing": d}:
            pass
        case (e, 1) | (1, e, 2):
            pass
print(sorted(n for n in "abcde" if n in globals()))

# A match where nothing matches just moves on.
match 3:
    case 1:
        print("one")
    case 2:
        print("two")
print("after a match with no matching case")
