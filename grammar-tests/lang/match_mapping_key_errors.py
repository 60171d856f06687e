# Run-time errors of mapping patterns: keys equal at run time, and unhashable keys.
class Keys:
    one = 1
    also_one = 1.0
    a_list = []

try:
    match {1: "x", 2: "y"}:
        case {Keys.one: _, Keys.also_one: _}:
            print("matched?!")
except ValueError as e:
    print("ValueError:", e)

try:
    match {1: "x"}:
        case {Keys.a_list: _}:
            print("matched?!")
except TypeError as e:
    print("TypeError:", e)

# The length check comes before the keys are looked at.
match {1: "x"}:
    case {Keys.one: _, Keys.also_one: _}:
        print("matched?!")
    case _:
        print("too few items: no error")

# A non-mapping subject never reaches the keys either.
match [1, 2]:
    case {Keys.a_list: _}:
        print("matched?!")
    case _:
        print("not a mapping: no error")
