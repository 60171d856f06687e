"""A helper module for the import_* cases."""
print("helper executing, __name__ =", __name__)
VALUE = 42
_private = "hidden"


def greet(who):
    return f"hello {who}"


class Thing:
    pass
