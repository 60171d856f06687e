# SystemExit with an int code: nothing printed on stderr, exit status is the code.
import sys
print("exiting with 3")
try:
    sys.exit(5)
except SystemExit as e:
    print("caught", e.code, repr(e))
try:
    raise SystemExit
except SystemExit as e:
    print("bare", e.code)
sys.exit(3)
