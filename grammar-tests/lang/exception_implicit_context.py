# Raising while an exception is being handled sets __context__ (raise statements and errors
# from operations alike); `from` sets __cause__ and suppresses the context; no cycles form.
try:
    1 / 0
except ZeroDivisionError:
    try:
        raise ValueError("v")
    except ValueError as e:
        print(repr(e.__context__), e.__suppress_context__)

try:
    try:
        {}["k"]
    except KeyError:
        int("x")
except ValueError as e:
    print(repr(e), repr(e.__context__))

try:
    try:
        raise KeyError("a")
    except KeyError as a:
        raise TypeError("b") from None
except TypeError as e:
    print(repr(e.__cause__), repr(e.__context__), e.__suppress_context__)

try:
    try:
        raise KeyError("first")
    except KeyError as first:
        try:
            raise IndexError("second")
        except IndexError:
            raise first
except KeyError as e:
    print(repr(e), repr(e.__context__), repr(e.__context__.__context__))


def raiser():
    raise LookupError("in callee")


try:
    try:
        raise OSError("outer")
    except OSError:
        raiser()
except LookupError as e:
    print(repr(e.__context__))

try:
    try:
        raise ValueError("handled")
    finally:
        print("finally runs")
except ValueError as e:
    print("context of plain propagation:", e.__context__)
