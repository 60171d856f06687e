# A sys.stdout without flush(): "Exception ignored ... AttributeError" at exit, exit code 120.
# (The exit code is 120 whatever the program itself ended with.)
import sys


class NoFlush:
    def write(self, s):
        return sys.__stdout__.write(s)


sys.stdout = NoFlush()
print("through NoFlush")
sys.__stdout__.flush()
