# A bare raise re-raises the exception being handled, even after a nested handler finished.
def f():
    try:
        raise KeyError("outer")
    except KeyError:
        try:
            raise ValueError("inner")
        except ValueError:
            pass
        raise


try:
    f()
except KeyError as e:
    print("re-raised", repr(e))


def g():
    try:
        raise TypeError("t")
    except TypeError as e:
        err = e
    raise err


try:
    g()
except TypeError as e:
    print("raise saved", repr(e), e.__context__)


def h():
    try:
        raise IndexError("i")
    finally:
        print("finally before propagate")


try:
    h()
except IndexError as e:
    print(repr(e))


def tb_depth():
    try:
        raise ValueError("x")
    except ValueError:
        raise


try:
    tb_depth()
except ValueError as e:
    n = 0
    tb = e.__traceback__
    while tb:
        n += 1
        tb = tb.tb_next
    print("traceback entries", n)
