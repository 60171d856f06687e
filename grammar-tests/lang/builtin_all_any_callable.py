# all, any (short-circuiting), callable.
print(all([]), any([]), all([1, 2]), all([1, 0]), any([0, "", None]), any([0, "x"]))
print(all("abc"), any(x > 2 for x in range(4)), all(x > 2 for x in range(4)))
seen = []
def probe(v):
    seen.append(v)
    return v
print(any(probe(v) for v in [0, 1, 2]), seen)
seen.clear()
print(all(probe(v) for v in [1, 0, 2]), seen)
try:
    all(5)
except TypeError as e:
    print("TypeError:", e)
class C:
    def __call__(self):
        pass
class D:
    pass
print(callable(len), callable(C), callable(C()), callable(D()), callable(5), callable(lambda: 0))
print(callable(print), callable("x".upper), callable(str), callable(None))
