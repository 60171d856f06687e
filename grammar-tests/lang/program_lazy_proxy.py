# Lazy attribute proxies with __getattr__/__setattr__/__delattr__, __getattribute__ auditing,
# __dir__, the old __getitem__ iteration protocol and __call__.


class Lazy:
    def __init__(self, factory):
        object.__setattr__(self, "_factory", factory)
        object.__setattr__(self, "_target", None)
        object.__setattr__(self, "loads", 0)

    def _load(self):
        if self._target is None:
            object.__setattr__(self, "_target", self._factory())
            object.__setattr__(self, "loads", self.loads + 1)
        return self._target

    def __getattr__(self, name):
        return getattr(self._load(), name)

    def __setattr__(self, name, value):
        setattr(self._load(), name, value)

    def __delattr__(self, name):
        delattr(self._load(), name)

    def __repr__(self):
        return f"Lazy({self._target!r})"


class Config:
    def __init__(self):
        print("  (building Config)")
        self.debug = False
        self.level = 3

    def __repr__(self):
        return f"Config{sorted(vars(self).items())}"


class Audited:
    def __init__(self):
        self.reads = []
        self.x = 1

    def __getattribute__(self, name):
        if not name.startswith("_") and name != "reads":
            object.__getattribute__(self, "reads").append(name)
        return object.__getattribute__(self, name)

    def __dir__(self):
        return ["x", "custom"]


class Squares:
    def __init__(self, n):
        self.n = n

    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError(i)
        return i * i


class Counter:
    def __init__(self):
        self.calls = 0

    def __call__(self, *args, **kw):
        self.calls += 1
        return args, kw


cfg = Lazy(Config)
print("created", cfg)
print(cfg.level, cfg.loads)
cfg.debug = True
print(cfg.debug, cfg.loads, cfg)
del cfg.level
try:
    cfg.level
except AttributeError as e:
    print("AttributeError:", e)
try:
    del cfg.nothing
except AttributeError as e:
    print("AttributeError:", e)
a = Audited()
print(a.x, getattr(a, "x"), hasattr(a, "y"), a.reads, dir(a))
s = Squares(5)
print(list(s), 9 in s, 10 in s, [x for x in s if x % 2], sum(s), sorted(s, reverse=True))
it = iter(s)
print(next(it), next(it), type(it).__name__)
c = Counter()
print(c(1, 2, k=3), c(), c.calls, callable(c), callable(Squares(1)))
try:
    Squares(1)()
except TypeError as e:
    print("TypeError:", e)
try:
    len(s)
except TypeError as e:
    print("TypeError:", e)
print(getattr(cfg, "missing", "default"), vars(Audited())["x"] if False else "ok")
