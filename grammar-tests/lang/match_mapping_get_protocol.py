# Mapping patterns fetch values with subject.get(key, default): a dict subclass's
# __missing__ is not triggered, and an overridden get() is called.
class Defaulting(dict):
    def __missing__(self, key):
        print("  __missing__", key)
        return 0

d = Defaulting(a=1)
match d:
    case {"a": 1, "b": _}:
        print("matched with b?!")
    case {"a": a}:
        print("only a:", a, "and b was not created:", "b" in d)

class Logging(dict):
    def get(self, key, default=None):
        print("  get", repr(key))
        return dict.get(self, key, default)

match Logging(x=1, y=2, z=3):
    case {"x": 1, "y": 2, **rest}:
        print("rest:", rest, type(rest).__name__)

class Everything(dict):
    def get(self, key, default=None):
        return f"<{key}>"

match Everything():
    case {"anything": v}:
        print("len() is checked first, so this does not match")
    case {}:
        print("empty Everything is still a mapping")

match Everything(one=1):
    case {"anything": v}:
        print("get() decides:", v)

# Mapping check is by type: objects with keys() and __getitem__ are not mappings.
class Duck:
    def keys(self):
        return ["a"]

    def __getitem__(self, k):
        return 1

match Duck():
    case {"a": _}:
        print("duck matched?!")
    case _:
        print("a duck is not a mapping")
