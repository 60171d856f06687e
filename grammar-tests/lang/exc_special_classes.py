# BaseException-only classes (KeyboardInterrupt, GeneratorExit, SystemExit) and the attributes of
# StopIteration, SystemExit, OSError, ImportError, NameError and AttributeError constructors.
try:
    raise KeyboardInterrupt
except Exception:
    print("wrong")
except KeyboardInterrupt:
    print("KeyboardInterrupt is BaseException only")
def gen():
    try:
        yield
    except BaseException as e:
        print("gen got", type(e).__name__)
        raise
g = gen(); next(g)
g.close()
print("GeneratorExit", issubclass(GeneratorExit, Exception))
try:
    exit_exc = SystemExit(4)
    raise exit_exc
except SystemExit as e:
    print(e.code, e.args)
print(SystemExit("a", "b").code, SystemExit().code, SystemExit(None).args)
try:
    raise StopIteration(1, 2)
except StopIteration as e:
    print(e.value, e.args)
e = StopIteration()
e.value = 9
print(e.value, StopAsyncIteration.__mro__[1].__name__)
print(OSError(1, "x", "f", None, "g").filename2 if False else OSError(1, "x").strerror)
print(repr(ImportError("msg", name="n", path="p")), ImportError("m", name="n").name)
print(ModuleNotFoundError("x").name, NameError("x", name="y").name)
try:
    raise AttributeError("a", name="attr", obj=5)
except AttributeError as err:
    print(err.name, err.obj)
print(BaseException("x").with_traceback(None).args, Exception.__new__(Exception).args)
print(isinstance(ExceptionGroup("x", [ValueError()]), BaseExceptionGroup))
print(issubclass(ExceptionGroup, Exception), BaseExceptionGroup.__bases__)
