# A text-statistics report: word counts, sorting by (-count, word), aligned f-string tables.

TEXT = """It was the best of times, it was the worst of times,
it was the age of wisdom, it was the age of foolishness,
it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness,
it was the spring of hope, it was the winter of despair."""


def words(text):
    for line in text.splitlines():
        for raw in line.split():
            word = raw.strip(".,;:!?").lower()
            if word:
                yield word


def count(iterable):
    counts = {}
    for item in iterable:
        counts[item] = counts.get(item, 0) + 1
    return counts


counts = count(words(TEXT))
ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
total = sum(counts.values())
print(f"{'word':<12}|{'count':>6}|{'share':>8}")
print("-" * 12 + "+" + "-" * 6 + "+" + "-" * 8)
for word, n in ranked[:8]:
    print(f"{word:<12}|{n:>6}|{n / total:>8.2%}")
print(f"{'total':<12}|{total:>6}|{1:>8.1%}")
print()

lengths = count(len(w) for w in words(TEXT))
for length in sorted(lengths):
    bar = "#" * lengths[length]
    print(f"{length:2d} {bar:<20} {lengths[length]:>3}")

longest = max(counts, key=lambda w: (len(w), w))
shortest = min(counts, key=lambda w: (len(w), w))
print(f"longest={longest!r} shortest={shortest!r} unique={len(counts)}")

lines = TEXT.splitlines()
for i, line in enumerate(lines, 1):
    n = len(line.split())
    print(f"line {i}: {n:3} words, {len(line):3} chars, first={line.split()[0]!r:>6}")

letters = count(c for c in TEXT.lower() if c.isalpha())
top = sorted(letters.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
print(" ".join(f"{c}={n}" for c, n in top))
vowels = sum(n for c, n in letters.items() if c in "aeiou")
print(f"vowels {vowels} / letters {sum(letters.values())} = {vowels / sum(letters.values()):.3f}")
caps = [w for w in TEXT.split() if w[0].isupper()]
print(caps, f"{len(caps):*^9}")
bigrams = count(zip(list(words(TEXT)), list(words(TEXT))[1:]))
best = sorted(bigrams.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
for (a, b), n in best:
    print(f"{a + ' ' + b:>15} {n:#x} {n:05.1f} {n:+d}")
print("{:=^30}".format(" end of report "))
