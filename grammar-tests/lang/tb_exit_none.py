# SystemExit(None) and SystemExit(0) exit with status 0; code True is 1.
import sys
print("a")
try:
    sys.exit(True)
except SystemExit as e:
    print(e.code)
raise SystemExit(None)
