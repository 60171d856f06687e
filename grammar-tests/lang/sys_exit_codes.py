# sys.exit and SystemExit codes as seen by a handler: int, str, None, tuple, no argument.
import sys

for arg in [(), (0,), (3,), ("message",), (None,), ((1, 2),), (True,)]:
    try:
        sys.exit(*arg)
    except SystemExit as e:
        print(repr(arg), "->", repr(e.code), e.args, repr(str(e)))
try:
    sys.exit(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    raise SystemExit(4, "two")
except SystemExit as e:
    print(e.code, e.args)
e = SystemExit(7)
e.code = 9
print(e.code, e.args)
print(issubclass(SystemExit, Exception), SystemExit.__mro__)
try:
    try:
        sys.exit(2)
    except Exception:
        print("not caught by Exception")
except BaseException as e:
    print("caught by BaseException:", type(e).__name__, e.code)
sys.exit(5)
