# __traceback__, with_traceback, tb_lineno/tb_next/tb_frame and frame attributes.
def inner():
    raise ValueError("deep")


def outer():
    inner()


try:
    outer()
except ValueError as e:
    tb = e.__traceback__
    lines = []
    while tb is not None:
        lines.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    print(lines)
    saved = e.__traceback__
e = KeyError("k")
print(e.__traceback__)
r = e.with_traceback(saved)
print(r is e, e.__traceback__ is saved)
try:
    raise e
except KeyError as got:
    print(got.__traceback__.tb_lineno, got.__traceback__.tb_next.tb_frame.f_code.co_name)
try:
    e.with_traceback(5)
except TypeError as err:
    print(err)
print(KeyError().with_traceback(None).__traceback__)
import sys
try:
    raise TypeError("t")
except TypeError:
    t, v, tb = sys.exc_info()
    print(t.__name__, repr(v), tb.tb_lineno, type(tb).__name__)
