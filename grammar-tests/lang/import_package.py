# Packages with __init__.py, submodules as attributes, relative imports at several levels.
import _pkg
print(_pkg.PKG_CONST, _pkg.mod_value, _pkg._mod.__name__)
import _pkg._sub
print(_pkg._sub.PKG_CONST, _pkg._sub.parent_value, _pkg._sub._leaf.again, _pkg._sub._leaf.leaf)
from _pkg._sub import _leaf
print(_leaf.__name__, _leaf.__package__)
from _pkg import _mod as m
print(m.mod_value, _pkg.__path__[0].endswith("_pkg"), _pkg.__file__.endswith("__init__.py"))
import _pkg._sub._leaf as leafmod
print(leafmod is _leaf)
print(__package__, __name__)
