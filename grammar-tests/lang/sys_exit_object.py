# sys.exit with a non-int, non-None object prints its str to stderr and exits 1.
import sys


class Reason:
    def __str__(self):
        return "custom reason object"


print("exiting")
sys.exit(Reason())
