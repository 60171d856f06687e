# Odd class definitions and constructor calls raise CPython's TypeErrors.

def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e, "| cause:", repr(e.__cause__))

class NotTuple:
    def __mro_entries__(self, bases):
        return [int]

def bad_entries():
    class C(NotTuple()):
        pass
    return C

attempt("mro_entries list", bad_entries)

class Entries:
    def __mro_entries__(self, bases):
        return (int,)

class D(Entries()):
    pass

print(D.__bases__, type(D.__orig_bases__[0]).__name__)

class Namer:
    def __set_name__(self, owner, name):
        raise KeyError(name)

def bad_set_name():
    class E:
        attr = Namer()
    return E

attempt("set_name", bad_set_name)

class NewReturnsInt(Exception):
    def __new__(cls):
        return 5

def raise_it():
    raise NewReturnsInt

attempt("raise non-exception", raise_it)

# T.__new__ called directly checks its first argument.
attempt("range new", lambda: range.__new__())
attempt("slice new", lambda: slice.__new__(5))
attempt("zip new", lambda: zip.__new__(int))
attempt("int new", lambda: int.__new__(str, 5))
attempt("list new ok", lambda: type(list.__new__(list)).__name__)

class Len:
    def __len__(self):
        return 2 ** 100

attempt("bool of huge len", lambda: bool(Len()))
attempt("len of huge len", lambda: len(Len()))
