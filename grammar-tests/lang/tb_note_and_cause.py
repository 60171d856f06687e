# conformance: whole-stderr
# A note on the cause and an explicit cause chain.
def f():
    raise ValueError("x")
try:
    f()
except ValueError as e:
    e.add_note("note one")
    raise RuntimeError("wrapped") from e
