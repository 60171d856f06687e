"""Module docstring."""
from __future__ import annotations
from __future__ import generator_stop, nested_scopes

def f(x: undefined_name) -> another_undefined:
    pass

print(f.__annotations__)
