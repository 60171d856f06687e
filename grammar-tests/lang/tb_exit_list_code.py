# A SystemExit whose code is neither int nor None: its str goes to stderr and the status is 1.
import sys
print("about to exit")
sys.exit([1, "two"])
