# Helper for sys_path_modules: counts how many times its body runs.
import sys

loads = getattr(sys, "_sys_counter_loads", 0) + 1
sys._sys_counter_loads = loads
print("loading _sys_counter, time", loads)
