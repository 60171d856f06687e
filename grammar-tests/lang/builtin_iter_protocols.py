# builtins that consume iterators: list, tuple, sum, max, sorted, zip, enumerate on generators and iterators.
def gen(n):
    for i in range(n):
        yield i * i
print(list(gen(4)), tuple(gen(3)), sum(gen(5)), max(gen(4)), sorted(gen(4), reverse=True))
print(list(zip(gen(3), "abc")), list(enumerate(gen(3), 10)), dict(zip("xy", gen(2))))
it = iter([1, 2, 3, 4])
print(next(it), list(zip(it, it)))
g = gen(3)
print(list(g), list(g), any(gen(1)), all(gen(0)))
print(set(gen(4)), "".join(map(str, gen(4))), min(gen(3), default=-1), min(gen(0), default=-1))
e = enumerate("ab")
print(iter(e) is e, list(e), list(e))
r = reversed([1, 2, 3])
print(next(r), list(r))
print(list(map(lambda a, b: a + b, gen(3), gen(4))), list(filter(None, gen(4))))
