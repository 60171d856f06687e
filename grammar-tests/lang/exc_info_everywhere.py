# sys.exc_info() in finally after return, after nested handlers, inside __exit__ and generators;
# the except-as name is unbound after the handler; closures over it; bare raise context.
import sys
def f():
    try:
        1/0
    except ZeroDivisionError:
        return sys.exc_info()[0].__name__
    finally:
        print("finally exc_info", sys.exc_info()[0])
print(f())
try:
    raise ValueError
except ValueError:
    try:
        raise TypeError
    except TypeError:
        pass
    print(sys.exc_info()[0].__name__)
e = None
try:
    raise KeyError("x")
except KeyError as e:
    pass
print(repr(e) if 'e' in dir() else "e deleted")
def g():
    try:
        raise ValueError("a")
    except ValueError as err:
        def inner(): return err
        return inner
try:
    print(g()())
except Exception as ex:
    print(type(ex).__name__, ex)
class Ctx:
    def __enter__(self): return self
    def __exit__(self, t, v, tb):
        print("exit sees exc_info", sys.exc_info()[0].__name__ if sys.exc_info()[0] else None)
        return True
with Ctx():
    raise KeyError
print(sys.exc_info())
def gen():
    yield sys.exc_info()[0]
try:
    raise IndexError
except IndexError:
    print(next(gen()))
def throwing():
    try:
        yield
    except ValueError:
        print("inside", sys.exc_info()[0].__name__)
        yield "after"
t = throwing(); next(t)
print(t.throw(ValueError))
print(sys.exc_info()[0])
try:
    try:
        raise ValueError("inner")
    except ValueError as e1:
        raise
except ValueError as e2:
    print(e2.__context__)
try:
    raise ValueError("x") from KeyError("y")
except ValueError as e:
    print(repr(e.__cause__), e.__cause__.__traceback__)
print(sys.exception() if hasattr(sys, "exception") else "noexc")
try:
    raise TypeError("t")
except TypeError:
    print(repr(sys.exception()) if hasattr(sys, "exception") else "")
