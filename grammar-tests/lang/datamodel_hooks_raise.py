# Exceptions raised from inside special methods propagate out of the operation that called them:
# hashing, dict lookup __eq__, iteration, truth, len, repr, str, contains, getattr, __init__, __new__.
class BadHash:
    def __hash__(self): raise RuntimeError("hash failed")
try: {BadHash(): 1}
except RuntimeError as e: print(e)
try: BadHash() in {1: 2}
except RuntimeError as e: print(e)
class BadEq:
    def __hash__(self): return 1
    def __eq__(self, o): raise ValueError("eq failed")
d = {BadEq(): 1}
try: d[BadEq()]
except ValueError as e: print(e)
class BadIter:
    def __iter__(self): raise KeyError("iter failed")
try:
    for _ in BadIter(): pass
except KeyError as e: print(repr(e))
class BadBool:
    def __bool__(self): raise IndexError("bool failed")
try:
    if BadBool(): pass
except IndexError as e: print(e)
try:
    [x for x in BadIter()]
except KeyError as e: print("comp", repr(e))
class BadNext:
    def __iter__(self): return self
    def __next__(self): raise TypeError("next failed")
try: list(BadNext())
except TypeError as e: print(e)
class BadLen:
    def __len__(self): raise ZeroDivisionError("len failed")
try: len(BadLen())
except ZeroDivisionError as e: print(e)
class BadRepr:
    def __repr__(self): raise ValueError("repr failed")
try: print([BadRepr()])
except ValueError as e: print(e)
try: f"{BadRepr()!r}"
except ValueError as e: print(e)
class BadStr:
    def __str__(self): return 42
try: str(BadStr())
except TypeError as e: print(e)
try: print(BadStr())
except TypeError as e: print(e)
class BadContains:
    def __contains__(self, x): raise OSError("contains failed")
try: 1 in BadContains()
except OSError as e: print(e)
class BadGetattr:
    def __getattr__(self, n): raise RuntimeError("getattr " + n)
try: BadGetattr().x
except RuntimeError as e: print(e)
print(getattr(BadGetattr(), "y", "default") if False else "skip")
class BadInit:
    def __init__(self): return 1
try: BadInit()
except TypeError as e: print(e)
class BadNew:
    def __new__(cls): raise MemoryError("new failed")
try: BadNew()
except MemoryError as e: print(e)
