# print: sep, end, file=sys.stderr, flush, and the argument errors.
import sys
print(1, 2, 3)
print(1, 2, 3, sep=", ")
print("a", "b", sep="")
print("no newline", end="")
print(" <- joined")
print("x", "y", sep="-", end="!\n")
print()
print(sep="zz")
print(None, True, 1.5, "s", [1, "a"], (2,), {"k": 3})
print("to stderr", file=sys.stderr)
print("flushed", flush=True)
print("sep None", "end None", sep=None, end=None)
print(*range(5))
print(*"abc", sep="|")
try:
    print("x", sep=5)
except TypeError as e:
    print("TypeError:", e)
try:
    print("x", end=[])
except TypeError as e:
    print("TypeError:", e)
try:
    print("x", bogus=1)
except TypeError as e:
    print("TypeError:", e)
class W:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
w = W()
print("a", 1, file=w)
print(w.parts)
