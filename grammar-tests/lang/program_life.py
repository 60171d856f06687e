# Conway's game of life on a set of (row, col) tuples.


def neighbours(cell):
    r, c = cell
    for dr in (-1, 0, 1):
        for dc in (-1, 0, 1):
            if dr or dc:
                yield r + dr, c + dc


def step(live):
    counts = {}
    for cell in live:
        for n in neighbours(cell):
            counts[n] = counts.get(n, 0) + 1
    return {cell for cell, n in counts.items() if n == 3 or (n == 2 and cell in live)}


def bounds(live):
    rows = [r for r, _ in live]
    cols = [c for _, c in live]
    return min(rows), max(rows), min(cols), max(cols)


def render(live):
    if not live:
        return "(empty)"
    r0, r1, c0, c1 = bounds(live)
    return "\n".join(
        "".join("#" if (r, c) in live else "." for c in range(c0, c1 + 1))
        for r in range(r0, r1 + 1)
    )


def parse(picture):
    return {
        (r, c)
        for r, line in enumerate(picture.strip().splitlines())
        for c, ch in enumerate(line)
        if ch == "#"
    }


def normalize(live):
    r0, _, c0, _ = bounds(live)
    return frozenset((r - r0, c - c0) for r, c in live)


glider = parse("""
.#.
..#
###
""")
blinker = parse("###")
block = parse("##\n##")

state = glider
for gen in range(5):
    print(f"gen {gen}: {len(state)} cells, bounds {bounds(state)}")
    print(render(state))
    state = step(state)
print("glider repeats shifted:", normalize(state) == normalize(glider), normalize(state) == normalize(step(state)))
print(render(step(blinker)))
print(step(step(blinker)) == blinker, step(block) == block)
seen = {}
state = parse("""
.##.
#..#
.##.
""") | {(5, 5), (5, 6)}
for gen in range(10):
    key = frozenset(state)
    if key in seen:
        print(f"cycle: gen {gen} repeats gen {seen[key]}")
        break
    seen[key] = gen
    state = step(state)
print(render(state))
print(sorted(step({(0, 0)})), len(set(neighbours((0, 0)))))
print(sorted(glider), sorted(glider, key=lambda rc: (rc[1], -rc[0])))
