# match in generators: case bodies may yield, and the generator can be resumed, closed or
# thrown into while suspended inside a case.
def tokens(items):
    for item in items:
        match item:
            case int(n):
                yield ("int", n)
            case [*parts]:
                yield ("list start", len(parts))
                yield from tokens(parts)
                yield ("list end", len(parts))
            case {"name": name}:
                got = yield ("named", name)
                if got is not None:
                    yield ("got sent", got)
            case _:
                yield ("other", repr(item))

print(list(tokens([1, [2, [3]], {"name": "n"}, "s"])))

g = tokens([{"name": "a"}, 5])
print(next(g))
print(g.send("hello"))
print(next(g))

def guarded():
    try:
        match (yield "ready"):
            case "stop":
                yield "stopping"
            case other:
                yield f"got {other}"
    finally:
        print("  generator finally")

g = guarded()
print(next(g))
print(g.send("stop"))
g.close()

g = guarded()
next(g)
try:
    g.throw(ValueError("thrown into the match subject"))
except ValueError as e:
    print("ValueError:", e)
