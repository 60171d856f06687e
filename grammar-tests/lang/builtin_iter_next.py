# iter() on iterables and with a sentinel; next() with a default; the errors.
it = iter([1, 2])
print(next(it), next(it), next(it, "end"), next(it, None))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", repr(e))
count = [0]
def tick():
    count[0] += 1
    return count[0]
print(list(iter(tick, 4)))
lines = iter(["a", "b", "", "c"])
print(list(iter(lines.__next__, "")))
print(iter(it) is it, type(iter("x")).__name__, type(iter([])).__name__, type(iter(())).__name__)
print(type(iter(range(3))).__name__, type(iter({})).__name__, type(iter(set())).__name__)
try:
    iter(5)
except TypeError as e:
    print("TypeError:", e)
try:
    iter([1], 0)
except TypeError as e:
    print("TypeError:", e)
try:
    next([1])
except TypeError as e:
    print("TypeError:", e)
class G:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * i
print(list(iter(G())), 4 in G())
class Itr:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration
        return self.n
print(list(Itr()), sum(Itr()))
class BadIter:
    def __iter__(self):
        return 5
try:
    iter(BadIter())
except TypeError as e:
    print("TypeError:", e)
