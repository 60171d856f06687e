# sys.exit(None) and a bare sys.exit() exit with status 0, running finally blocks first.
import sys

try:
    print("in try")
    sys.exit(None)
finally:
    print("finally ran")
