# conformance: whole-stderr
# `from None` hides the context in the traceback.
try:
    {}["x"]
except KeyError:
    raise ValueError("clean") from None
