# ModuleNotFoundError/ImportError messages and attributes; failed imports are not cached.
import sys
try:
    import no_such_module_here
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    import _pkg.no_such_sub
except ModuleNotFoundError as e:
    print(e, e.name)
try:
    from _helper import does_not_exist
except ImportError as e:
    print(type(e).__name__, e, e.name)
try:
    from _pkg import nothing_here
except ImportError as e:
    print(e)
try:
    import _raises_on_import
except ValueError as e:
    print("import raised", e)
print("_raises_on_import" in sys.modules)
try:
    import _raises_on_import
except ValueError as e:
    print("raised again", e)
try:
    from . import sibling
except ImportError as e:
    print(type(e).__name__, e)
try:
    import _helper.sub
except ModuleNotFoundError as e:
    print(e)
try:
    __import__("")
except ValueError as e:
    print(e)
mod = __import__("_helper")
print(mod.VALUE)
