# conformance: whole-stderr
# A library with deprecated entry points: warnings.warn with categories and stacklevel,
# filters (ignore / error / always), catch_warnings with record=True.
import warnings


def old_api(x):
    warnings.warn("old_api is deprecated; use new_api", DeprecationWarning, stacklevel=2)
    return new_api(x)


def new_api(x):
    if x < 0:
        warnings.warn(f"negative input {x}", UserWarning)
    return abs(x) * 2


class Resource:
    def close(self):
        warnings.warn("closing twice", RuntimeWarning)


print(new_api(3))
print(new_api(-2))
warnings.simplefilter("always")
print(old_api(4))
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    old_api(1)
    new_api(-1)
    Resource().close()
print([(w.category.__name__, str(w.message)) for w in caught])
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    print(old_api(5), new_api(-5))
with warnings.catch_warnings():
    warnings.simplefilter("error", UserWarning)
    try:
        new_api(-9)
    except UserWarning as e:
        print("raised:", repr(e))
warnings.warn("plain message")
warnings.warn(Warning("an instance"))
print("done")
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    warnings.warn("recorded", SyntaxWarning)
w = log[0]
print(type(w).__name__, type(w).__module__, w.lineno, w.filename == __file__, w.line, str(w)[:40])
cw = warnings.catch_warnings()
print(repr(cw), repr(warnings.catch_warnings(record=True)))
with cw:
    try:
        with cw:
            pass
    except RuntimeError as e:
        print("RuntimeError:", e)
try:
    warnings.catch_warnings().__exit__(None, None, None)
except RuntimeError as e:
    print("RuntimeError:", e)
