# Containers nested far deeper than the recursion limit: comparing them, hashing them and
# isinstance with nested tuples raise RecursionError, as in CPython (never a crash).

def attempt(label, f):
    try:
        print(label, f())
    except RecursionError as e:
        print(label, "RecursionError", e)

a, b = [], []
for i in range(50000):
    a, b = [a], [b]
attempt("list ==", lambda: a == b)
attempt("list <", lambda: a < b)
attempt("list is", lambda: a == a)

t, u = (), ()
for i in range(50000):
    t, u = (t,), (u,)
attempt("tuple ==", lambda: t == u)
attempt("tuple !=", lambda: t != u)
attempt("tuple hash", lambda: hash(t))

d, e = {}, {}
for i in range(5000):
    d, e = {"k": d}, {"k": e}
attempt("dict ==", lambda: d == e)

f, g = frozenset(), frozenset()
for i in range(5000):
    f, g = frozenset([f]), frozenset([g])
attempt("frozenset ==", lambda: f == g)

c = int
for i in range(50000):
    c = (c,)
attempt("isinstance", lambda: isinstance(1, c))
attempt("issubclass", lambda: issubclass(bool, c))

# Shallow nesting still compares natively.
print([[1, (2, [3])]] == [[1, (2, [3])]], ((1, (2, (3,))),) == ((1, (2, (3,))),))
print(((((((1,),),),),),) < ((((((2,),),),),),), isinstance(1, ((str, (int,)),)))
