# Exit statuses from SystemExit codes: exit() and quit() raise it too; bool and big codes.
import sys
for attempt in (lambda: exit(4), lambda: quit(), lambda: sys.exit(False), lambda: exit("text")):
    try:
        attempt()
    except SystemExit as e:
        print(type(e).__name__, repr(e.code))
try:
    raise SystemExit(3) from ValueError("cause is not printed")
except SystemExit as e:
    print("cause kept:", repr(e.__cause__))
print("exiting with 258 (the status is taken modulo 256)")
exit(258)
