# dict comprehensions with methods: counting, grouping, inverting, sorting by value.
text = "the quick brown fox jumps over the lazy dog the end"
counts = {}
for w in text.split():
    counts[w] = counts.get(w, 0) + 1
print(counts)
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:3])
groups = {}
for w in text.split():
    groups.setdefault(len(w), []).append(w)
print(groups)
inverted = {v: k for k, v in {"a": 1, "b": 2, "c": 1}.items()}
print(inverted)
squares = {n: n * n for n in range(6) if n % 2}
print(squares, list(squares), list(squares.values()), sum(squares.values()))
print(dict(sorted(counts.items())[:3]), max(counts, key=counts.get), min(counts.values()))
nested = {k: {i: i * k for i in range(2)} for k in range(3)}
print(nested, nested[2][1])
