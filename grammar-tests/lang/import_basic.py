# `import _helper` of a sibling module: attributes, module repr, caching in sys.modules.
import sys
import _helper
print(_helper.VALUE, _helper.greet("you"), _helper.__name__, type(_helper).__name__)
import _helper as h2
print(h2 is _helper, "_helper" in sys.modules, sys.modules["_helper"] is _helper)
from _helper import greet, VALUE as V
print(greet("x"), V)
import _helper
print(_helper.__doc__)
print(sorted(k for k in vars(_helper) if not k.startswith("__")))
print(repr(_helper).startswith("<module '_helper' from '"), _helper.__file__.endswith("_helper.py"))
print(repr(sys).startswith("<module 'sys'"))
_helper.VALUE = 7
import _helper as again
print(again.VALUE)
print(_helper.Thing.__module__, repr(_helper.Thing))
