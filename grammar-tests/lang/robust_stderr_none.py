# With sys.stderr set to None, an uncaught exception prints nothing at all (exit code 1),
# and neither does an exception ignored in __del__.
import sys


class D:
    def __del__(self):
        print("del runs")
        1 / 0


sys.stderr = None
d = D()
del d
print("after __del__")
raise ValueError("nobody sees this")
