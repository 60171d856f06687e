# Coroutine-style generators: a running-average consumer fed with send(), a generator that
# handles throw() to reset, close() triggering cleanup, and yield-from delegation with returns.


def averager():
    total = count = 0
    average = None
    while True:
        try:
            value = yield average
        except ValueError:
            total = count = 0
            average = None
            continue
        if value is None:
            return {"count": count, "total": total}
        total += value
        count += 1
        average = total / count


def delegate(results, key):
    while True:
        results[key] = yield from averager()
        if key.endswith("!"):
            return
        key += "!"


def numbered(lines):
    try:
        for i, line in enumerate(lines, 1):
            yield f"{i:03}: {line}"
    finally:
        print("  numbered closed")


def chunks(iterable, n):
    chunk = []
    for x in iterable:
        chunk.append(x)
        if len(chunk) == n:
            yield tuple(chunk)
            chunk.clear()
    if chunk:
        yield tuple(chunk)


avg = averager()
print(next(avg), avg.send(10), avg.send(20), avg.send(60))
print(avg.throw(ValueError), avg.send(5))
try:
    avg.send(None)
except StopIteration as e:
    print("finished:", e.value)

results = {}
d = delegate(results, "prices")
next(d)
for v in (3, 4, 5):
    d.send(v)
d.send(None)
print(results)
for v in (100, 200):
    d.send(v)
try:
    d.send(None)
except StopIteration:
    print("delegate done", results)

gen = numbered(["alpha", "beta", "gamma", "delta"])
print(next(gen), next(gen))
gen.close()
print(next(gen, "exhausted"))
with_break = numbered("xyz")
for line in with_break:
    print(line)
    if line.endswith("y"):
        break
del with_break
print(list(chunks(range(7), 3)), list(chunks("", 2)))


def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2


s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)
g = (x for x in range(3))
print(g.send(None), next(g), list(g), g.gi_running)
try:
    averager().send(5)
except TypeError as e:
    print("TypeError:", e)
