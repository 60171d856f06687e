# An LRU cache class built on dict insertion order, plus a memoizing decorator using it.


class LRUCache:
    def __init__(self, capacity):
        if capacity < 1:
            raise ValueError(f"capacity must be >= 1, got {capacity}")
        self.capacity = capacity
        self.data = {}
        self.hits = self.misses = 0

    def get(self, key, default=None):
        if key in self.data:
            value = self.data.pop(key)
            self.data[key] = value
            self.hits += 1
            return value
        self.misses += 1
        return default

    def put(self, key, value):
        if key in self.data:
            del self.data[key]
        elif len(self.data) >= self.capacity:
            oldest = next(iter(self.data))
            del self.data[oldest]
        self.data[key] = value

    def __contains__(self, key):
        return key in self.data

    def __len__(self):
        return len(self.data)

    def __getitem__(self, key):
        sentinel = object()
        value = self.get(key, sentinel)
        if value is sentinel:
            raise KeyError(key)
        return value

    def __setitem__(self, key, value):
        self.put(key, value)

    def __repr__(self):
        return f"LRUCache({self.capacity}, {list(self.data.items())})"


def lru(capacity):
    def decorate(fn):
        cache = LRUCache(capacity)

        def wrapper(*args):
            if args in cache:
                return cache[args]
            result = fn(*args)
            cache[args] = result
            return result
        wrapper.cache = cache
        return wrapper
    return decorate


c = LRUCache(3)
for k in "abc":
    c[k] = ord(k)
print(c)
print(c.get("a"), c)
c["d"] = 100
print(c, "b" in c, len(c))
c["c"] = -1
c["e"] = 5
print(c)
try:
    c["zzz"]
except KeyError as e:
    print("KeyError", e, repr(e))
print(c.hits, c.misses)
try:
    LRUCache(0)
except ValueError as e:
    print(e)


@lru(100)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(80), len(fib.cache), fib.cache.hits, fib.cache.misses)


@lru(2)
def slow_square(x):
    print("  computing", x)
    return x * x


for x in [1, 2, 1, 3, 2, 1]:
    print(x, slow_square(x))
print(fib.cache.data.keys() == {(i,) for i in range(81)}, list(slow_square.cache.data))
d = {}
d["x"] = 1
d["y"] = 2
d["x"] = 3
print(list(d), list(reversed(d)), d.popitem(), d)
