# %-formatting with a mapping: repeated keys, widths, and mixed conversion types.
data = {"name": "Ann", "n": 3, "ratio": 0.256, "items": [1, 2]}
print("%(name)s has %(n)d items (%(ratio).1f%%) %(items)s %(name)r" % data)
print("%(name)-6s|%(n)04d|%(ratio)+.2e|%(n)x" % data)
print("%(a)s %(a)s" % {"a": "twice"}, "%s" % {"k": "v"}, "%(k)s" % {"k": None})
class M:
    def __getitem__(self, key):
        return key.upper()
print("%(hello)s %(world)s" % M())
try:
    "%(missing)s" % data
except KeyError as e:
    print("KeyError:", e)
try:
    "%(name)s %s" % data
except TypeError as e:
    print("TypeError:", e)
try:
    "%s %s" % data
except TypeError as e:
    print("TypeError:", e)
