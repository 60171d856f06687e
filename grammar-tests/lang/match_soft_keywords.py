# match and case are soft keywords: they stay usable as ordinary names.
match = [1, 2]
case = {"case": "value"}
print(match, case)

def match_(x):
    return x

match match:
    case [1, case]:
        print("case captured", case)

match = match_
print(match(3))

class Matcher:
    def match(self, case):
        return f"matched {case}"

m = Matcher()
print(m.match("x"))

_ = 5
match _:
    case 5:
        print("the subject may be a name called _")

match -1:
    case -1:
        print("negative literal subject")

match 1, 2:
    case (a, b):
        print("tuple subject without parentheses:", a, b)

match *[1, 2], 3:
    case [1, 2, 3]:
        print("starred subject")
