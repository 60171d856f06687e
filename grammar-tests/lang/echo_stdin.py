# Reads its stdin (NAME.stdin) and echoes it upper-cased.
import sys
for line in sys.stdin:
    print(line.rstrip("\n").upper())
