# An exception in __del__ is reported as "Exception ignored in" and the program continues.
class Bad:
    def __del__(self):
        raise ValueError("in del")


b = Bad()
del b
print("continues after the ignored exception")
