# open(fd): a file object over an already open file descriptor
import sys

for args in [(3,), (99,), (-1,), (2**40,), (2.0,), (None,), ([1],)]:
    try:
        f = open(*args)
        print(args, "opened", f.name)
    except (OSError, ValueError, TypeError) as e:
        print(args, type(e).__name__, e, getattr(e, "errno", None))

try:
    open("_no_such_file.txt", "r", closefd=False)
except ValueError as e:
    print("ValueError", e)

f = open(1, "w", closefd=False)
print(f.name, f.mode, f.closed, f.fileno())
sys.stdout.flush()
f.write("written through fd 1\n")
f.close()
print(f.closed)
try:
    f.write("again")
except ValueError as e:
    print("ValueError", e)

# fd 1 is still open: closefd=False left it alone, also when the object goes away.
sys.stdout.flush()
f = open(1, "w", closefd=False)
f.write("second writer\n")
f.flush()
del f
print("stdout still works")
sys.stdout.flush()

with open(1, "wb", closefd=False) as b:
    print(b.name, b.mode)
    sys.stdout.flush()
    b.write(b"bytes through fd 1\n")
print(b.closed)

# fd 0 is the case's .stdin file.
with open(0, closefd=False) as i:
    print(repr(i.name), repr(i.readline()))
with open(0, "rb", closefd=False) as i:
    print(repr(i.read()))

print(open(2, "w", closefd=False).write("to stderr\n"))
open(-5)
