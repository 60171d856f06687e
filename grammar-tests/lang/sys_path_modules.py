# sys.path[0] is the script's folder; sys.modules caches imported modules (deleting an entry
# makes the next import run the module again).
import sys

print(type(sys.path).__name__, sys.path[0] == __file__.rpartition("/")[0])
print("sys" in sys.modules, sys.modules["sys"] is sys, sys.modules["__main__"].__name__)
print("_sys_counter" in sys.modules)
import _sys_counter
import _sys_counter as again
print(again is _sys_counter, sys.modules["_sys_counter"] is _sys_counter, _sys_counter.loads)
del sys.modules["_sys_counter"]
import _sys_counter as fresh
print(fresh is _sys_counter, fresh.loads, _sys_counter.loads)
sys.modules["fake_module"] = "a string stands in"
import fake_module
print(fake_module)
sys.modules["blocked"] = None
try:
    import blocked
except ImportError as e:
    print(type(e).__name__, e)
main = sys.modules[__name__]
main.created_later = 5
print(created_later, type(sys.modules).__name__)
