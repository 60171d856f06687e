# format(value, spec) on builtins and a user __format__.
print(format(3.14159, ".2f"), format(42, "08b"), format("abc", ">6"), format(1234567, ","))
print(format(255, "x"), format(255, "#X"), format(0.5, "%"), format(12, ""))
print(format("s"), format(None), format([1, 2]), format(True), format(True, "d"))
print(format(1e20, "g"), format(-0.0, "+"), format(3 + 4j, ".1f"))
class F:
    def __format__(self, spec):
        return "F(" + spec + ")"
print(format(F(), "xyz"), f"{F():abc}", "{:q}".format(F()))
try:
    format(object(), "x")
except TypeError as e:
    print("TypeError:", e)
try:
    format(1, "s")
except ValueError as e:
    print("ValueError:", e)
try:
    format("a", "d")
except ValueError as e:
    print("ValueError:", e)
try:
    format(1.5, "x")
except ValueError as e:
    print("ValueError:", e)
class Bad:
    def __format__(self, spec):
        return 1
try:
    format(Bad())
except TypeError as e:
    print("TypeError:", e)
