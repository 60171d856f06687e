# Recursion that passes through builtins (repr calling __repr__, sorted calling its key,
# nested containers' repr) raises RecursionError promptly, and the program carries on.
import sys


class SelfRepr:
    def __repr__(self):
        return repr(self)


try:
    repr(SelfRepr())
except RecursionError as e:
    print("repr:", type(e).__name__)


def key(x):
    return sorted([x], key=key)


try:
    sorted([1], key=key)
except RecursionError as e:
    print("key:", type(e).__name__)


class Lookup:
    def __getattr__(self, name):
        return getattr(self, name)


try:
    Lookup().missing
except RecursionError as e:
    print("getattr:", type(e).__name__)

nested = []
for _ in range(100_000):
    nested = [nested]
try:
    repr(nested)
except RecursionError as e:
    print("nested:", e)

sys.setrecursionlimit(200)
depth = 0


def plain(n):
    global depth
    depth = n
    plain(n + 1)


try:
    plain(1)
except RecursionError as e:
    print("plain recursion stopped at", depth, e)
print("still running", sys.getrecursionlimit())
