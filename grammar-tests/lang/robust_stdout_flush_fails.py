# A sys.stdout whose flush() fails at exit: CPython reports it as "Exception ignored" on
# sys.stderr and exits with 120 (even after SystemExit(3)).
import sys


class Out:
    def __init__(self, real):
        self.real = real

    def write(self, s):
        return self.real.write(s)

    def flush(self):
        raise OSError("flush failed")


sys.stdout = Out(sys.__stdout__)
print("printed through Out")
raise SystemExit(3)
