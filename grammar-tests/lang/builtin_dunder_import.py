# __import__ of builtin modules and its return value.
sys_mod = __import__("sys")
print(sys_mod.__name__, type(sys_mod).__name__)
import sys
print(sys_mod is sys)
try:
    __import__("no_such_module_xyz")
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e)
b = __import__("builtins")
print(b.len("abc"), b.__name__)
