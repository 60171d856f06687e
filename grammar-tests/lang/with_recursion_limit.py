# Deep recursion through with blocks whose __enter__ is a plain function or a staticmethod,
# and __exit__ one with *args or fixed parameters: RecursionError, worded as CPython words it.
import sys
sys.setrecursionlimit(200)
class M:
    def __enter__(self): return self
    def __exit__(self, *a): return False
class S:
    @staticmethod
    def __enter__(): return 1
    def __exit__(self, t, v, tb): return False
def f(n, cls):
    with cls():
        f(n + 1, cls)
for cls in (M, S):
    try:
        f(0, cls)
    except RecursionError as e:
        print(cls.__name__, e)
f(0, M)
