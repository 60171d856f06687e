# except*: each clause gets the matching subgroup; unmatched exceptions re-raise as a group.
def run(excs, label):
    try:
        try:
            raise ExceptionGroup(label, excs)
        except* ValueError as g:
            print("ValueError clause", repr(g))
        except* TypeError as g:
            print("TypeError clause", repr(g))
    except BaseException as e:
        print("escaped", repr(e))


run([ValueError(1)], "one")
run([ValueError(1), TypeError(2)], "both")
run([KeyError(3), ValueError(4)], "partial")
try:
    raise ValueError("naked")
except* ValueError as g:
    print("naked wrapped", repr(g))
try:
    try:
        raise TypeError("bare")
    except* ValueError:
        print("no")
except TypeError as e:
    print("bare passes through unwrapped", repr(e))
try:
    raise ExceptionGroup("eg", [ValueError(1), ValueError(2)])
except* (KeyError, ValueError) as g:
    print("tuple", repr(g))
try:
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError:
        raise KeyError("raised in handler")
except ExceptionGroup as e:
    print("new group", repr(e), repr(e.exceptions[0].__context__))
try:
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise
except ExceptionGroup as e:
    print("reraised", repr(e))
try:
    raise ExceptionGroup("eg", [ValueError(1)])
except* ValueError:
    print("matched")
else:
    print("no else")
finally:
    print("finally")
try:
    pass
except* ValueError:
    pass
else:
    print("else runs")
