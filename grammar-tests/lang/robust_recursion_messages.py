# The RecursionError message when recursion runs through a special method called from
# native code: CPython's frame check trips, with the plain message.
import sys

sys.setrecursionlimit(200)


class Eq:
    def __eq__(self, other):
        return self == other


class Hash:
    def __hash__(self):
        return hash(self)


class Repr:
    def __repr__(self):
        return repr(self)


class Attr:
    def __getattr__(self, name):
        return getattr(self, name)


class Index:
    def __index__(self):
        return [1][self]


class Len:
    def __len__(self):
        return len(self)


class Bool:
    def __bool__(self):
        return bool(self)


class Add:
    def __add__(self, other):
        return self + other


class Item:
    def __getitem__(self, key):
        return self[key]


class Contains:
    def __contains__(self, key):
        return key in self


try:
    Eq() == 1
except RecursionError as e:
    print("== at module level:", e)
try:
    hash(Hash())
except RecursionError as e:
    print("hash at module level:", e)

cases = [
    ("!=", lambda: Eq() != 1),
    ("dict key", lambda: {Hash(): 1}),
    ("set item", lambda: {Hash()}),
    ("list.index", lambda: [Eq()].index(1)),
    ("repr", lambda: repr(Repr())),
    ("print", lambda: print(Repr())),
    ("getattr", lambda: Attr().x),
    ("index", lambda: [1][Index()]),
    ("len", lambda: len(Len())),
    ("bool", lambda: bool(Bool())),
    ("add", lambda: Add() + 1),
    ("getitem", lambda: Item()[0]),
    ("contains", lambda: 1 in Contains()),
    ("dict ==", lambda: {1: Eq()} == {1: Eq()}),
]
for name, f in cases:
    try:
        f()
    except RecursionError as e:
        print(name, "->", e)
print("still fine:", Eq() is not None)
