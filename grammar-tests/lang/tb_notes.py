# conformance: whole-stderr
# Notes added with add_note are printed after the exception line.
def check(v):
    if v < 0:
        e = ValueError(f"negative: {v}")
        e.add_note("values must be positive")
        e.add_note("got it from check()")
        raise e


check(-1)
