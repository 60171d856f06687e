# A plugin registry: a metaclass that registers subclasses, __init_subclass__ options,
# mixins with cooperative super(), class-level descriptors, and MRO inspection.


class Registry(type):
    plugins = {}

    def __new__(mcls, name, bases, ns, **kwargs):
        cls = super().__new__(mcls, name, bases, ns)
        if bases:
            key = ns.get("key", name.lower())
            if key in mcls.plugins:
                raise TypeError(f"duplicate plugin key {key!r}")
            mcls.plugins[key] = cls
        return cls

    def __repr__(cls):
        return f"<plugin {cls.__name__}>"

    def __len__(cls):
        return len(cls.plugins)


class Field:
    def __init__(self, default, kind):
        self.default = default
        self.kind = kind

    def __set_name__(self, owner, name):
        self.name = "_" + name

    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        return getattr(obj, self.name, self.default)

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name[1:]} must be {self.kind.__name__}, not {type(value).__name__}")
        setattr(obj, self.name, value)


class Plugin(metaclass=Registry):
    priority = Field(0, int)

    def run(self, text):
        return text

    def describe(self):
        return [type(self).__name__]


class LoggingMixin:
    def run(self, text):
        result = super().run(text)
        self.log = getattr(self, "log", []) + [f"{type(self).__name__}: {text!r} -> {result!r}"]
        return result

    def describe(self):
        return ["logging"] + super().describe()


class Upper(Plugin):
    def run(self, text):
        return super().run(text).upper()


class Reverse(LoggingMixin, Plugin):
    key = "rev"

    def run(self, text):
        return super().run(text)[::-1]


class Shout(LoggingMixin, Upper):
    def run(self, text):
        return super().run(text) + "!"

    def describe(self):
        return ["shout"] + super().describe()


print(sorted(Registry.plugins), len(Plugin), Registry.plugins["rev"])
print([c.__name__ for c in Shout.__mro__])
s = Shout()
print(s.run("hi"), s.log, s.describe())
r = Reverse()
print(r.run("abc"), r.run("xy"), r.log)
s.priority = 5
print(s.priority, r.priority, Plugin.priority.name, type(Shout.priority).__name__)
try:
    r.priority = "high"
except TypeError as e:
    print("TypeError:", e)
try:
    class Again(Plugin):
        key = "rev"
except TypeError as e:
    print("TypeError:", e)
print(isinstance(s, Upper), issubclass(Shout, LoggingMixin), type(Shout) is Registry, type(Registry))
pipeline = [Registry.plugins[k]() for k in ("upper", "rev", "shout")]
text = "plug in"
for p in pipeline:
    text = p.run(text)
print(text)
try:
    class Bad(LoggingMixin, Shout, Plugin, Upper):
        pass
except TypeError as e:
    print("TypeError:", e)
