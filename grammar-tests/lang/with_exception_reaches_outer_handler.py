# An exception raised inside a with-block goes through __exit__ and on to the enclosing
# handler; __exit__ returning true suppresses it; one raised by __exit__ replaces it.
class Manager:
    def __init__(self, suppress=False, fail=False):
        self.suppress = suppress
        self.fail = fail

    def __enter__(self):
        print("enter")
        return self

    def __exit__(self, typ, exc, tb):
        print("exit", typ.__name__ if typ else None, exc, tb is not None)
        if self.fail:
            raise RuntimeError("from exit")
        return self.suppress


try:
    with Manager():
        raise ValueError("boom")
except ValueError as e:
    print("caught", repr(e))

with Manager(suppress=True):
    raise KeyError("hidden")
print("suppressed")

try:
    with Manager(fail=True):
        raise ValueError("first")
except RuntimeError as e:
    print("replaced", repr(e), repr(e.__context__))


def in_function():
    for i in range(3):
        try:
            with Manager(suppress=i == 1):
                raise IndexError(i)
        except IndexError as e:
            print("loop caught", e)
    return "done"


print(in_function())
with Manager() as m, Manager(suppress=True):
    raise TypeError("two managers")
print("end", type(m).__name__)
