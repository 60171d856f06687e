# sys.intern returns an equal (and, for the same text, identical) string; other sys helpers.
import sys

a = sys.intern("hello world " * 2)
b = sys.intern("hello world " * 2)
print(a == b, a is b, a)
try:
    sys.intern(42)
except TypeError as e:
    print("TypeError:", e)
class S(str):
    pass
try:
    sys.intern(S("x"))
except TypeError as e:
    print("TypeError:", e)
print(type(sys.getrefcount(a)).__name__, type(sys.flags).__name__ if False else "flags")
print(callable(sys.exit), callable(sys.exc_info), sys.__name__)
print(sys.warnoptions, type(sys.stdin).__name__ == type(sys.stdout).__name__)
hooks = sys.get_asyncgen_hooks()
print(len(hooks), hooks[0], hooks[1])
try:
    sys.no_such_attribute
except AttributeError as e:
    print("AttributeError:", e)
