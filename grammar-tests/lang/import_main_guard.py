# __name__ is "__main__" for the script and the module name when imported.
import _main_guard
print(_main_guard.main(), __name__)
if __name__ == "__main__":
    print("script guard true")
import sys
print(sys.modules["__main__"].__name__, "import_main_guard" in sys.modules)
