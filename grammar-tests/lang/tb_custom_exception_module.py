# conformance: whole-stderr
# A custom exception without message, one with a multi-line str, and a KeyError's repr-style str.
class Empty(Exception):
    pass


try:
    raise Empty()
except Empty as e:
    print("empty str:", repr(str(e)))


class Multi(Exception):
    def __str__(self):
        return "line one\nline two"


raise Multi()
