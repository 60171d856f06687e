# conformance: whole-stderr
# An error inside a function applied by map() and consumed by list().
def parse(s):
    return int(s)
print(list(map(parse, ["1", "x"])))
