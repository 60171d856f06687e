# conformance: whole-stderr
# except* re-raising one part and raising a new exception for another: the new one and the rest of the group.
def f():
    raise ExceptionGroup("eg", [ValueError(1), TypeError(2), KeyError(3)])
try:
    f()
except* ValueError:
    raise
except* TypeError as g:
    raise RuntimeError("new in handler")
