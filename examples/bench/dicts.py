"""Dictionaries: building, lookups by str and int keys, counting words, iteration."""


def main():
    words = [f"word{i % 5000}" for i in range(400_000)]
    counts = {}
    for w in words:
        counts[w] = counts.get(w, 0) + 1
    by_number = {i: i * i for i in range(200_000)}
    hits = 0
    for i in range(0, 400_000, 2):
        if i in by_number:
            hits += by_number[i] & 7
    total = 0
    for key, value in counts.items():
        total += len(key) * value
    print(len(counts), hits, total)


main()
