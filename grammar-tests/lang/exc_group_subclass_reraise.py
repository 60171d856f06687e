# ExceptionGroup subclasses with their own __new__ and derive(); args from the call; raising a
# member (not a bare raise) inside except* raises it alone; names bound inside except* handlers.
class MyEG(ExceptionGroup):
    def __new__(cls, msg, excs, code=0):
        self = super().__new__(cls, msg, excs)
        self.code = code
        return self
    def derive(self, excs):
        return MyEG(self.message, excs, self.code)
e = MyEG("m", [ValueError(1), TypeError(2)], 7)
try:
    MyEG("m", [ValueError()], code=1)
except TypeError as err:
    print(err)
print(repr(e), e.code, str(e))
m, r = e.split(ValueError)
print(type(m).__name__, m.code, repr(r))
try:
    raise e
except* ValueError as g:
    print("handler", type(g).__name__, g.code)
except* TypeError as g:
    print("handler2", type(g).__name__, g.exceptions)
eg = ExceptionGroup("top", [ValueError("x")])
eg.__cause__ = KeyError("c")
sub = eg.subgroup(lambda e: True)
print(sub is eg)
print(eg.subgroup(lambda e: isinstance(e, ValueError)) is eg)
try:
    try:
        raise ExceptionGroup("a", [ValueError(1), ValueError(2)])
    except* ValueError as g:
        raise g.exceptions[0]
except ExceptionGroup as outer:
    print(repr(outer))
except ValueError as v:
    print("plain", repr(v))
def nested():
    try:
        raise ExceptionGroup("n", [KeyError("k")])
    except* KeyError:
        return_value = "handled"
    return return_value
print(nested())
