# A generator pipeline over log lines: read, parse, filter, map, group, summarize.

LOG = [
    "2024-01-01 10:00:01 INFO  web   request /index 200 12ms",
    "2024-01-01 10:00:02 WARN  db    slow query 830ms",
    "# comment line",
    "",
    "2024-01-01 10:00:03 INFO  web   request /about 200 8ms",
    "2024-01-01 10:00:04 ERROR web   request /admin 500 3ms",
    "2024-01-01 10:01:00 INFO  auth  login alice",
    "2024-01-01 10:01:30 ERROR db    connection lost",
    "garbage",
    "2024-01-01 10:02:00 INFO  web   request /index 304 2ms",
    "2024-01-01 10:02:10 INFO  auth  logout alice",
]


def read(lines):
    for number, line in enumerate(lines, 1):
        yield number, line.rstrip()


def non_blank(records):
    for number, line in records:
        if line and not line.startswith("#"):
            yield number, line


def parse(records, errors):
    for number, line in records:
        parts = line.split(None, 4)
        if len(parts) < 5:
            errors.append(number)
            continue
        date, time, level, source, message = parts
        yield {"n": number, "time": time, "level": level, "source": source, "msg": message}


def where(records, **conditions):
    return (r for r in records if all(r[k] == v for k, v in conditions.items()))


def group_by(records, key):
    groups = {}
    for r in records:
        groups.setdefault(r[key], []).append(r)
    return groups


def take(n, iterable):
    it = iter(iterable)
    for _ in range(n):
        try:
            yield next(it)
        except StopIteration:
            return


def durations(records):
    for r in records:
        last = r["msg"].split()[-1]
        if last.endswith("ms"):
            yield int(last[:-2])


errors = []
pipeline = parse(non_blank(read(LOG)), errors)
records = list(pipeline)
print(len(records), "records; bad lines:", errors)
by_level = group_by(records, "level")
for level in sorted(by_level):
    print(f"{level:<5} {[r['n'] for r in by_level[level]]}")
print([r["time"] for r in where(records, level="ERROR")])
print([r["msg"] for r in where(records, source="auth", level="INFO")])
web = list(where(records, source="web"))
ms = list(durations(web))
print(ms, sum(ms), max(ms), sum(ms) / len(ms))
print(list(take(2, (r["source"] for r in records))))
print(list(take(10, iter([1, 2]))))
gen = read(["a", "b"])
print(next(gen), next(gen), next(gen, "done"))
squares = (x * x for x in range(10))
evens = (x for x in squares if x % 2 == 0)
print(list(map(str, evens)))
paths = {}
for r in web:
    path = r["msg"].split()[1]
    paths[path] = paths.get(path, 0) + 1
print(sorted(paths.items(), key=lambda kv: (-kv[1], kv[0])))
chained = (c for word in ("ab", "cd") for c in word)
print("".join(chained), list(chained))
def flatten(nested):
    for item in nested:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item
print(list(flatten([1, [2, [3, [4]], 5], [[6]]])))
