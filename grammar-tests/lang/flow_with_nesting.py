# with statements: exception in __enter__, exceptions in __exit__ replacing the body's, and return values.
class CM:
    def __init__(self, name, fail_enter=False, exit_result=None):
        self.name, self.fail_enter, self.exit_result = name, fail_enter, exit_result

    def __enter__(self):
        if self.fail_enter:
            raise RuntimeError(f"enter {self.name} failed")
        print("enter", self.name)
        return self

    def __exit__(self, *exc):
        print("exit", self.name, exc[0].__name__ if exc[0] else None)
        return self.exit_result


try:
    with CM("a"), CM("b", fail_enter=True), CM("c"):
        print("never")
except RuntimeError as e:
    print("caught", e)
with CM("outer", exit_result=True):
    with CM("inner"):
        raise ValueError("swallowed by outer")
print("continued")


def value():
    with CM("r", exit_result=True):
        raise KeyError
    return "after swallowed"


print(value())
with CM("x") as cm:
    pass
print(cm.name)
