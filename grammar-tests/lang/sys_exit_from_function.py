# SystemExit raised deep in calls unwinds through with-blocks and finally; exit status 42.
import sys


class Guard:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("enter", self.name)
        return self

    def __exit__(self, typ, value, tb):
        print("exit", self.name, typ.__name__ if typ else None, getattr(value, "code", None))
        return False


def inner():
    with Guard("inner"):
        sys.exit(42)


def outer():
    with Guard("outer"):
        try:
            inner()
        finally:
            print("outer finally")


outer()
