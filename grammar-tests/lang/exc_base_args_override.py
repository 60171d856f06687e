# Exceptions whose __init__ takes other arguments; __str__ with no args; __repr__ of subclasses.
class MyErr(Exception):
    def __init__(self, a, b=2):
        self.a, self.b = a, b
        super().__init__(a, b)


e = MyErr(1)
print(e.args, str(e), repr(e), e.a, e.b)


class NoInit(Exception):
    pass


print(repr(NoInit()), repr(NoInit(1, "x")), str(NoInit("only")))


class StrOverride(Exception):
    def __str__(self):
        return "custom str"


print(str(StrOverride()), repr(StrOverride(1)), f"{StrOverride()}")


class Keyed(KeyError):
    pass


print(str(Keyed("k")), str(KeyError("a", "b")), str(KeyError(None)))
try:
    raise MyErr("x", b=5)
except MyErr as err:
    print(err.b, err.args)
