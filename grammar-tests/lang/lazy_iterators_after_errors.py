# map, filter, zip, enumerate, reversed, iter(seq) and iter(callable, sentinel) go on after a
# step raised, with the state the failed step left.


def step(it, n):
    out = []
    for _ in range(n):
        try:
            out.append(next(it))
        except StopIteration:
            out.append("stop")
        except Exception as e:
            out.append(type(e).__name__)
    return out


print(step(map(lambda x: 1 / x, [0, 1, 2, 0, 4]), 6))
print(step(map(lambda a, b: a // b, [1, 2, 3], [0, 1]), 4))
print(step(filter(lambda x: 10 % x == 0, [0, 3, 5, 0, 2]), 4))


def flaky():
    yield 1
    raise ValueError("once")


class Bumpy:
    """An iterator whose every other step raises."""

    def __init__(self):
        self.n = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.n += 1
        if self.n > 6:
            raise StopIteration
        if self.n % 2 == 0:
            raise KeyError(self.n)
        return self.n


print(step(enumerate(Bumpy()), 6))
print(step(zip(Bumpy(), "abcdef"), 6))
print(step(map(str, Bumpy()), 6))
print(step(filter(None, Bumpy()), 6))


class Seq:
    def __len__(self):
        return 5

    def __getitem__(self, i):
        if i == 2:
            raise LookupError("two")
        if i >= 5:
            raise IndexError(i)
        return i * 10


print(step(reversed(Seq()), 7))
print(step(iter(Seq()), 7))

calls = [0]


def tick():
    calls[0] += 1
    if calls[0] == 2:
        raise RuntimeError("tick")
    return calls[0]


print(step(iter(tick, 4), 5))
print(step(zip(flaky(), "xy"), 3))
