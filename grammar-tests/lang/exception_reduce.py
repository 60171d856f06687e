# BaseException.__reduce__ and __setstate__ (what pickle and copy use).
class AppError(Exception):
    def __init__(self, code, detail="none"):
        super().__init__(code, detail)
        self.code = code


e = AppError(404, "missing")
print(e.__reduce__())
print(ValueError().__reduce__(), KeyError("k").__reduce__(), StopIteration(4).__reduce__())
print(OSError(2, "no such file").__reduce__(), SystemExit(3).__reduce__(), NameError("n", name="x").__reduce__())
k = KeyError("a")
k.add_note("a note")
print(k.__reduce__())

# rebuilding from the reduction gives an equal-looking exception
cls, args, state = e.__reduce__()
copy = cls.__new__(cls, *args)
copy.args = args
copy.__setstate__(state)
print(type(copy).__name__, copy.args, copy.code, str(copy))

plain = ValueError("v")
plain.__setstate__({"extra": 1, "more": [2]})
print(plain.extra, plain.more, plain.__reduce__())
plain.__setstate__(None)
for bad in (5, {1: 2}):
    try:
        plain.__setstate__(bad)
    except TypeError as err:
        print("TypeError:", err)
