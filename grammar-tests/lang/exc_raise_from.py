# raise X from Y sets __cause__ and __suppress_context__; from None; from a class; bad causes.
try:
    try:
        raise KeyError("orig")
    except KeyError as k:
        raise ValueError("new") from k
except ValueError as e:
    print(repr(e.__cause__), repr(e.__context__), e.__suppress_context__)
try:
    raise ValueError("v") from TypeError
except ValueError as e:
    print(repr(e.__cause__), e.__context__)
try:
    raise ValueError from None
except ValueError as e:
    print(e.__cause__, e.__suppress_context__)
try:
    raise ValueError from 5
except TypeError as e:
    print(e)
e = ValueError()
print(e.__cause__, e.__context__, e.__suppress_context__, e.__traceback__)
e.__cause__ = KeyError()
print(repr(e.__cause__))
try:
    e.__cause__ = 5
except TypeError as err:
    print(err)
try:
    e.__context__ = "s"
except TypeError as err:
    print(err)
e.__suppress_context__ = True
print(e.__suppress_context__)
try:
    raise
except RuntimeError as err:
    print(err)
