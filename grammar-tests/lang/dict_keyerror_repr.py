# KeyError's str/repr for assorted keys, uncaught KeyError's last line.
d = {"present": 1}
for key in ["missing", 0, 1.5, (1, 2), None, "", "it's", frozenset({1})]:
    try:
        d[key]
    except KeyError as e:
        print(str(e), repr(e), e.args)
try:
    d.pop("gone")
except KeyError as e:
    print("pop:", e)
try:
    del d["nope"]
except KeyError as e:
    print("del:", e)
try:
    set().remove("x")
except KeyError as e:
    print("set.remove:", e)
print(d["present"])
d[("tuple", "key")]
