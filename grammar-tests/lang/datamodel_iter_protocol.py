# __iter__/__next__, StopIteration, iter() with a sentinel, and TypeErrors for non-iterables.
class CountDown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1


print(list(CountDown(3)), [x * 2 for x in CountDown(2)])
it = iter(CountDown(2))
print(next(it), next(it), next(it, "done"))
try:
    next(it)
except StopIteration as e:
    print("stop", e.args)
a, b, c = CountDown(3)
print(a, b, c)
try:
    x, y = CountDown(3)
except ValueError as e:
    print(e)
try:
    x, y, z = CountDown(2)
except ValueError as e:
    print(e)


class NotIter:
    pass


try:
    iter(NotIter())
except TypeError as e:
    print(e)
try:
    for _ in 5:
        pass
except TypeError as e:
    print(e)


class BadIter:
    def __iter__(self):
        return 5


try:
    iter(BadIter())
except TypeError as e:
    print(e)
try:
    next([1])
except TypeError as e:
    print(e)
vals = iter([1, 2, 3, 0, 4])
print(list(iter(lambda: next(vals), 0)))
print(sum(CountDown(4)), max(CountDown(3)), sorted(CountDown(3)), tuple(CountDown(1)))
