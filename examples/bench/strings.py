"""String building and methods: joins, f-strings, split, replace, slicing."""


def main():
    parts = []
    for i in range(200_000):
        parts.append(f"item-{i}:{i * 3 % 97}")
    text = ",".join(parts)
    fields = text.split(",")
    upper = 0
    for f in fields:
        name, _, value = f.partition(":")
        if name.endswith("7"):
            upper += len(name.upper().replace("ITEM", "x"))
        upper += int(value)
    s = ""
    for i in range(100_000):
        s += str(i)[-1]
    print(len(text), len(fields), upper, s[:20], s.count("7"))


main()
