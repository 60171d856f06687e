# io.UnsupportedOperation for reading a file opened for writing and writing one opened for reading
import sys
PATH = "/tmp/pyasync_file_unsupported_operation.txt"
open(PATH, "wb").write(b"abc\n")
def tryit(label, fn):
    try:
        r = fn()
        print(label, "ok", repr(r))
    except Exception as e:
        print(label, type(e).__name__, e, e.args, isinstance(e, OSError), isinstance(e, ValueError))
for mode in ["rb", "r", "wb", "w", "ab", "a"]:
    for closed in [False, True]:
        f = open(PATH, mode)
        if closed: f.close()
        X = b"x" if "b" in mode else "x"
        tryit(mode + str(closed) + " write", lambda: f.write(X))
        tryit(mode + str(closed) + " read", lambda: f.read())
        tryit(mode + str(closed) + " readline", lambda: f.readline())
        tryit(mode + str(closed) + " readlines", lambda: f.readlines())
        tryit(mode + str(closed) + " next", lambda: next(f))
        tryit(mode + str(closed) + " list", lambda: list(f))
        f.close()
tryit("stdin write", lambda: sys.stdin.write("x"))
tryit("stdout read", lambda: sys.stdout.read())
tryit("stderr readline", lambda: sys.stderr.readline())
# print(file=...) writes through the same checks.
for m in ["rb", "wb", "r", "w"]:
    f = open(PATH, m)
    tryit(m + " print", lambda: print("x", file=f))
    f.close()
    tryit(m + " print closed", lambda: print("x", file=f))
print(repr(open(PATH).read()))
open(PATH).write("x")
