# sys.version_info compares with tuples and has named fields; sys.version and hexversion agree.
import sys

v = sys.version_info
print(v[:2] == (3, 11), v >= (3, 8), v < (4,), v > (3, 11, 0, "alpha"), (3, 11) <= v)
print(v.major, v.minor, v.major == v[0], v.minor == v[1], type(v.micro).__name__)
print(v.releaselevel in ("alpha", "beta", "candidate", "final"), type(v.serial).__name__)
print(len(v), tuple(v)[:2], isinstance(v, tuple), list(v)[:2])
major, minor, *rest = v
print(major, minor, len(rest))
print(sys.version.startswith("3.11"), sys.version.split()[0].split(".")[:2])
print(sys.hexversion >> 24, (sys.hexversion >> 16) & 0xFF, sys.hexversion > 0x030B0000)
if sys.version_info >= (3, 10):
    print("match statements available")
try:
    v.major = 4
except AttributeError as e:
    print("AttributeError")
print(repr(v).startswith("sys.version_info(major=3, minor=11"))
print(type(v).__name__, type(v).__module__, type(v).__mro__[1:], v.n_fields)
try:
    v.minor = 12
except AttributeError as e:
    print("AttributeError:", e)
match v:
    case (3, minor, *_) if minor >= 11:
        print("3.x with x >=", minor)
VersionInfo = type(v)
match v:
    case VersionInfo(major=3, minor=m):
        print("keyword pattern minor", m)
print(v == tuple(v), hash(v) == hash(tuple(v)), v[-2:][0] == v.releaselevel, v.index(v.minor))
