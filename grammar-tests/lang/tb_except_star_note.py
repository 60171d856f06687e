# conformance: whole-stderr
# A note added to an except* match is not on the group re-raised by a bare raise (CPython 3.11).
try:
    raise ExceptionGroup("eg", [ValueError(1)])
except* ValueError as g:
    g.add_note("note on match")
    raise
