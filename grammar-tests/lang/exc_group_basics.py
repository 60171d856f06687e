# ExceptionGroup: construction rules, message/exceptions, split/subgroup/derive, str/repr.
eg = ExceptionGroup("many", [ValueError(1), TypeError(2), ValueError(3)])
print(repr(eg), str(eg), eg.message, eg.exceptions)
print(type(eg).__name__, isinstance(eg, Exception), type(BaseExceptionGroup("b", [KeyboardInterrupt()])).__name__)
print(type(BaseExceptionGroup("b", [ValueError()])).__name__)
match, rest = eg.split(ValueError)
print(repr(match), repr(rest))
print(repr(eg.subgroup(TypeError)), eg.subgroup(KeyError))
print(eg.split(Exception)[1], eg.split(lambda e: not isinstance(e, ExceptionGroup) and e.args[0] > 1))
nested = ExceptionGroup("outer", [ValueError("a"), ExceptionGroup("inner", [TypeError("b"), ValueError("c")])])
m, r = nested.split(ValueError)
print(repr(m))
print(repr(r))
try:
    ExceptionGroup("x", [])
except ValueError as e:
    print(e)
try:
    ExceptionGroup("x", [KeyboardInterrupt()])
except TypeError as e:
    print(e)
try:
    ExceptionGroup(1, [ValueError()])
except TypeError as e:
    print(e)
try:
    ExceptionGroup("x", ValueError())
except TypeError as e:
    print(e)
try:
    ExceptionGroup("x", [1])
except ValueError as e:
    print(e)


class MyEG(ExceptionGroup):
    def derive(self, excs):
        return MyEG(self.message + "!", excs)


m, r = MyEG("mine", [ValueError(), KeyError()]).split(KeyError)
print(type(m).__name__, m.message, type(r).__name__, r.message)
eg2 = ExceptionGroup("notes", [ValueError()])
eg2.add_note("n")
print(eg2.subgroup(ValueError).__notes__)
