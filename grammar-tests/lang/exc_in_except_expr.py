# Errors while evaluating an except clause's expression, handlers catching BaseException, bare except.
def bad_class():
    raise KeyError("while matching")


try:
    try:
        raise ValueError("original")
    except bad_class():
        pass
except KeyError as e:
    print(repr(e), repr(e.__context__))
try:
    raise SystemExit(2)
except BaseException as e:
    print("caught", type(e).__name__, e.code)
try:
    raise GeneratorExit
except Exception:
    print("no")
except:
    print("bare except caught GeneratorExit")
try:
    try:
        raise ValueError
    except (TypeError, (KeyError, ValueError)):
        print("nested tuple matched")
except TypeError as e:
    print(e)
try:
    try:
        raise ValueError
    except [ValueError]:
        pass
except TypeError as e:
    print(e)
