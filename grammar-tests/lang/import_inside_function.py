# import statements inside functions bind locals; `import a.b` binds a; `import a.b as c` binds the submodule.
def load():
    import _helper
    from _pkg import _mod
    return _helper.VALUE, _mod.mod_value, "_helper" in locals()


print(load())
print("_helper" in globals())
import _pkg._sub
print(_pkg.__name__, hasattr(_pkg, "_sub"))
import _pkg._sub._leaf as leaf
print(leaf.__name__)
from _pkg._sub import _leaf, PKG_CONST
print(_leaf is leaf, PKG_CONST)
import sys
print(sorted(m for m in sys.modules if m.startswith("_pkg")))
