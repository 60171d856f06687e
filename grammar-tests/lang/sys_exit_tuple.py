# sys.exit with a tuple: its items become the SystemExit args; exit status 1, tuple on stderr.
import sys

print("exiting with a tuple")
sys.exit((2, "why"))
