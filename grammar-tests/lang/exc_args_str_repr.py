# args, str() and repr() of exceptions with zero, one and several arguments; KeyError's str.
for e in [Exception(), Exception("one"), Exception("a", 2), ValueError(None), KeyError("k"),
          KeyError(), KeyError(1, 2), IndexError(5), OSError(2, "No such file"), StopIteration(7),
          SystemExit(3), BaseException(""), Exception(("t",))]:
    print(repr(e), "|", str(e), "|", e.args)
e = ValueError("x")
e.args = ("changed", 1)
print(repr(e), str(e))
print(StopIteration(7).value, StopIteration().value, SystemExit(3).code, SystemExit().code)
o = OSError(2, "No such file")
print(o.errno, o.strerror, type(o).__name__)
f = FileNotFoundError(2, "missing", "path.txt")
print(str(f), f.filename)
print(repr(UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte")))
print(str(UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte")))
n = NameError("nm")
print(n.args, repr(AttributeError("attr")))
print(Exception("a") == Exception("a"))
try:
    raise Exception
except Exception as ex:
    print(repr(ex), ex.args)
