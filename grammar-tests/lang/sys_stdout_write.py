# sys.stdout.write/print interleave in order; write returns the count; flush; stderr write.
import sys

n = sys.stdout.write("no newline, ")
print("then print", n)
sys.stdout.write("line one\nline two\n")
print("a", "b", sep="-", end="|", file=sys.stdout)
sys.stdout.write("after end\n")
print(sys.stdout.write(""), sys.stdout.write("\u00e9\u20ac\n"))
sys.stdout.flush()
print("flush returns", sys.stdout.flush())
sys.stderr.write("to stderr\n")
print("x", file=sys.stderr, flush=True)
for i in range(3):
    sys.stdout.write(f"{i}")
    print(",", end="")
print()
try:
    sys.stdout.write(42)
except TypeError as e:
    print("TypeError:", e)
try:
    sys.stdout.write()
except TypeError as e:
    print("TypeError:", type(e).__name__)
print(sys.stdout is sys.__stdout__, sys.stderr is sys.__stderr__, hasattr(sys.stdout, "write"))
class Capture:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)
    def flush(self):
        pass
saved = sys.stdout
sys.stdout = Capture()
print("captured", 1, 2)
print("more", end="")
cap, sys.stdout = sys.stdout, saved
print(cap.parts)
sys.stderr.write("last stderr line\n")
