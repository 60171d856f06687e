# print() with sys.stdout set to None does nothing; open() checks its mode string before
# touching the file; a closed file cannot be flushed.
import sys


class Loud:
    def __str__(self):
        print("never str'd", file=sys.__stdout__)
        return "loud"


PATH = "/tmp/_pyasync_robust_modes.tmp"
saved = sys.stdout
sys.stdout = None
print("invisible", Loud())
sys.stdout = saved
print("visible again")

with open(PATH, "w") as f:
    f.write("kept")
for mode in ["rw", "z", "rr", "bt", "U", "rU", "", "b", "t", "+", "wr", "aw+"]:
    try:
        open(PATH, mode)
        print(repr(mode), "opened")
    except ValueError as e:
        print(repr(mode), "ValueError:", e)
with open(PATH) as f:
    print("still there:", f.read())
f = open(PATH, "a")
f.close()
try:
    f.flush()
except ValueError as e:
    print("flush:", e)
for what, use in [("iter", lambda: list(f)), ("with", lambda: f.__enter__()), ("read", f.read)]:
    try:
        use()
    except ValueError as e:
        print(what, "on a closed file:", e)
