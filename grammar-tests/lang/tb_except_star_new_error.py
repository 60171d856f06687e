# conformance: whole-stderr
# Raising a new exception inside an except* handler: the group is its context.
try:
    raise ExceptionGroup("outer", [ValueError("v")])
except* ValueError as eg:
    raise TypeError("while handling group")
