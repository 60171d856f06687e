# sys.stderr whose flush() fails at exit: nothing is printed, the exit code is 120; a
# closed sys.stdout is skipped.
import sys


class Closed:
    closed = True

    def write(self, s):
        return len(s)

    def flush(self):
        raise OSError("never called")


class Err:
    def write(self, s):
        return sys.__stderr__.write(s)

    def flush(self):
        raise OSError("stderr flush failed")


print("before")
sys.stdout.flush()
sys.stdout = Closed()
sys.stderr = Err()
