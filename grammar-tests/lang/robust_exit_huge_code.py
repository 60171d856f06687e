# sys.exit with an int past a C long: CPython's conversion fails and the exit status is 255,
# with nothing printed.
import sys

print("before")
sys.exit(2 ** 70)
