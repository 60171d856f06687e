# The builtin exception hierarchy: bases and catching by superclass.
import builtins

names = [
    "BaseException", "SystemExit", "KeyboardInterrupt", "GeneratorExit", "Exception",
    "StopIteration", "StopAsyncIteration", "ArithmeticError", "FloatingPointError",
    "OverflowError", "ZeroDivisionError", "AssertionError", "AttributeError", "BufferError",
    "EOFError", "ImportError", "ModuleNotFoundError", "LookupError", "IndexError", "KeyError",
    "MemoryError", "NameError", "UnboundLocalError", "OSError", "FileNotFoundError",
    "PermissionError", "TimeoutError", "ConnectionError", "BrokenPipeError",
    "ConnectionResetError", "ReferenceError", "RuntimeError", "NotImplementedError",
    "RecursionError", "SyntaxError", "IndentationError", "TabError", "SystemError", "TypeError",
    "ValueError", "UnicodeError", "UnicodeDecodeError", "UnicodeEncodeError", "Warning",
    "UserWarning", "DeprecationWarning", "RuntimeWarning", "BaseExceptionGroup", "ExceptionGroup",
]
for n in names:
    cls = getattr(builtins, n)
    print(n, [b.__name__ for b in cls.__mro__[1:]])
print(IOError is OSError, EnvironmentError is OSError)
try:
    {}["x"]
except LookupError as e:
    print("LookupError caught", type(e).__name__)
try:
    1 / 0
except ArithmeticError as e:
    print("ArithmeticError caught", type(e).__name__)
try:
    import nonexistent_module_xyz
except ImportError as e:
    print("ImportError caught", type(e).__name__)
