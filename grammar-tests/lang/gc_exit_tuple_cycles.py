# The (type, value, traceback) tuple an exceptional __exit__(self, *exc) receives, kept in
# cycles of several shapes: each cycle is collected by gc.collect().
import gc


class Marker:
    def __init__(self, how):
        self.how = how

    def __del__(self):
        print("freed", self.how)


class Keep:
    def __init__(self, how):
        self.how = how

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        print(self.how, type(exc).__name__, len(exc), exc[0].__name__, str(exc[1]))
        if self.how == "dict":
            exc[1].kept = exc
        elif self.how == "field":
            exc[1].value = exc
        elif self.how == "list":
            exc[1].kept = [exc]
        elif self.how == "args":
            exc[1].args = exc
        exc[1].marker = Marker(self.how)
        return True


class VE(ValueError):
    pass


class SI(StopIteration):
    pass


class KE(KeyError):
    pass


def run(how, cls):
    with Keep(how):
        raise cls("boom " + how)
    gc.collect()
    print(how, "after collect")


run("dict", VE)
run("field", SI)
run("list", KE)
run("args", VE)


class Saver:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        Saver.saved = exc
        return True


with Saver():
    raise TypeError("kept")
gc.collect()
print(Saver.saved[0].__name__, Saver.saved[1], Saver.saved[2].tb_lineno > 0)
print(Saver.saved == (Saver.saved[0], Saver.saved[1], Saver.saved[2]))
with Saver():
    pass
print(Saver.saved)
raise Saver.saved[0]("end") if Saver.saved[0] else RuntimeError("end")
