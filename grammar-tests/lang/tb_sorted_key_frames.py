# conformance: whole-stderr
# An error raised by a key function inside sorted(): builtin frames do not appear.
def key(x):
    return x["k"]
data = [{"k": 1}, {}]
print(sorted(data, key=key))
