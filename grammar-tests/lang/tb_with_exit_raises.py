# conformance: whole-stderr
# __exit__ raising while the body's exception is handled: both shown, chained by context.
class CM:
    def __enter__(self): return self
    def __exit__(self, *a):
        raise RuntimeError("exit failed")
with CM():
    raise ValueError("body failed")
