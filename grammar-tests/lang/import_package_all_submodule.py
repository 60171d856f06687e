# A package whose __init__ imports its subpackages relatively; __all__ naming a submodule loads it
# for import *; __package__ of each level; errors for missing names and submodules.
import _pk2
print(_pk2.thing, _pk2.s2.thing, _pk2.VALUE, sorted(k for k in vars(_pk2) if not k.startswith("__")))
from _pk2 import *
print(VALUE, _mod2.M2)
from _pk2._sub import thing as t
print(t)
import _pk2._mod2 as m
print(m.__name__, m.__package__, _pk2._sub.__package__, _pk2.__package__)
try:
    from _pk2 import nonexistent
except ImportError as e:
    print(e)
try:
    import _pk2.nonexistent
except ModuleNotFoundError as e:
    print(e, e.name)
print(_pk2.__spec__ is not None or True)
