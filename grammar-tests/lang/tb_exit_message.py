# sys.exit("message") prints the message to stderr and exits 1; finally blocks run first.
import sys
try:
    sys.exit("fatal: stopping")
finally:
    print("finally before exit")
