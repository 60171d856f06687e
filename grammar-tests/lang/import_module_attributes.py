# A module's attributes: __name__, __file__, __doc__, __dict__ identity with its globals, dir().
import _helper
print(_helper.__name__, _helper.__doc__, _helper.__package__ == "", _helper.__spec__ is None or True)
print(type(_helper.__dict__).__name__, _helper.__dict__["VALUE"])
print("greet" in dir(_helper), "VALUE" in dir(_helper))
print(_helper.greet.__module__, _helper.greet.__globals__ is _helper.__dict__)
del _helper.VALUE
print(hasattr(_helper, "VALUE"))
try:
    _helper.missing
except AttributeError as e:
    print(e)
import sys
print(type(_helper) is type(sys), type(_helper).__name__)
ModuleType = type(sys)
m = ModuleType("made")
m.x = 1
print(m.__name__, m.x, repr(m))
