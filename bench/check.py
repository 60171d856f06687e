"""Front-end speed: `pyasync --check` against `python3 -m py_compile` on one generated file.

Generates a 20,000-line module that exercises the whole grammar (async code, classes,
comprehensions, f-strings, try/except, match), then runs both tools on it alternately and
prints each one's median wall time and the ratio.

    python3 bench/check.py [--pyasync target/release/pyasync] [--lines 20000] [--runs 11]
"""

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time

BLOCK = '''\
class Widget{n}(Base):
    """A widget, number {n}."""
    limit: int = {n}

    def __init__(self, name, *parts, scale=1.5, **options):
        self.name = name
        self.parts = [p for p in parts if p is not None]
        self.table = {{key: value * scale for key, value in options.items()}}

    async def fetch(self, session, retries=3):
        for attempt in range(retries):
            try:
                async with session.get(self.name) as response:
                    return await response.json()
            except (TimeoutError, ConnectionError) as exc:
                if attempt == retries - 1:
                    raise RuntimeError(f"gave up on {{self.name!r}} after {{attempt + 1}}") from exc
        return None

    async def stream(self, source):
        async for chunk in source:
            if not chunk:
                continue
            yield chunk.upper() if isinstance(chunk, str) else bytes(chunk)

    def classify(self, value):
        match value:
            case {{"kind": "point", "x": x, "y": y}} if x == y:
                return "diagonal"
            case [first, *rest]:
                return f"{{first}} and {{len(rest)}} more"
            case Widget{n}(name=name):
                return name
            case _:
                return lambda item, k=self.limit: (item, k, value)


def helper{n}(values, *, threshold=0.25):
    total = sum(v for v in values if v > threshold)
    mean = total / len(values) if values else 0.0
    ranked = sorted(values, key=lambda v: (-v, str(v)))[:10]
    with open(__file__) as handle, open(__file__) as other:
        head = handle.readline() + other.readline()
    assert head, "empty file"
    return {{"total": total, "mean": mean, "ranked": ranked, "head": head[:{m}]}}

'''


def generate(lines):
    out = ["import asyncio\n\n\nclass Base:\n    pass\n\n\n"]
    count = 5
    n = 0
    while count < lines:
        text = BLOCK.format(n=n, m=n % 7 + 1)
        out.append(text)
        count += text.count("\n")
        n += 1
    return "".join(out)


def time_once(cmd):
    start = time.perf_counter()
    result = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    elapsed = time.perf_counter() - start
    if result.returncode != 0:
        sys.exit(f"{' '.join(cmd)} failed:\n{result.stderr.decode(errors='replace')}")
    return elapsed


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pyasync", default="target/release/pyasync")
    parser.add_argument("--lines", type=int, default=20000)
    parser.add_argument("--runs", type=int, default=11)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "generated.py")
        with open(path, "w") as f:
            f.write(generate(args.lines))
        with open(path) as f:
            line_count = sum(1 for _ in f)
        ours = [args.pyasync, "--check", path]
        # -B: py_compile still writes its .pyc (it is its job); -B only stops the import of
        # py_compile itself from caching.
        theirs = [sys.executable, "-B", "-m", "py_compile", path]
        times = {"pyasync --check": [], "python3 -m py_compile": []}
        for _ in range(args.runs):
            times["pyasync --check"].append(time_once(ours))
            times["python3 -m py_compile"].append(time_once(theirs))
        medians = {name: statistics.median(t) for name, t in times.items()}
        print(f"{line_count} lines, median of {args.runs} alternating runs")
        for name, m in medians.items():
            print(f"  {name:<24} {m * 1000:8.1f} ms")
        ratio = medians["python3 -m py_compile"] / medians["pyasync --check"]
        print(f"  pyasync is {ratio:.2f}x CPython's speed")


if __name__ == "__main__":
    main()
