# The ValueError for each operation on a closed file, binary and text
PATH = "/tmp/pyasync_closed_file_errors.txt"
with open(PATH, "wb") as f:
    f.write(b"abc\ndef\n")


def attempt(label, action):
    try:
        result = action()
        print(label, "ok", repr(result))
    except ValueError as e:
        print(label, type(e).__name__, e)


def loop(f):
    for line in f:
        pass


for mode, data in [("rb", None), ("r", None), ("wb", b"x"), ("w", "x"), ("r+b", b"x"), ("a", "x")]:
    f = open(PATH, mode)
    f.close()
    print(mode, f.closed)
    if "r" in mode:
        attempt("read", lambda: f.read())
        attempt("readline", lambda: f.readline())
        attempt("readlines", lambda: f.readlines())
        attempt("next", lambda: next(f))
    if data is not None:
        attempt("write", lambda: f.write(data))
    attempt("flush", lambda: f.flush())
    attempt("iter", lambda: iter(f))
    attempt("for", lambda: loop(f))
    attempt("fileno", lambda: f.fileno())
    attempt("isatty", lambda: f.isatty())
    attempt("enter", lambda: f.__enter__())
    attempt("close again", lambda: f.close())

f = open(PATH, "rb")
print(f.readline())
f.close()
with open(PATH, "rb") as g:
    pass
g.read()
