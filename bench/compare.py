"""Compute speed: each program in examples/bench/ under pyasync and python3, side by side.

Runs every benchmark under both interpreters alternately (pyasync, python3, pyasync, ...) so
that a burst of load from elsewhere on the machine hits both alike, checks that both print the
same output, and prints one table: the median wall time of each and the ratio python3 / pyasync
(above 1 means pyasync is faster).

A benchmark may run with arguments: each line `# bench-args: ARGS` in it adds a row for that
program run with those (space-separated) arguments, instead of one run without any.

    python3 bench/compare.py [--pyasync target/release/pyasync] [--runs 7] [NAME ...]
"""

import argparse
import glob
import os
import statistics
import subprocess
import sys
import time

BENCH_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "examples", "bench")


def variants(path):
    """The argument lists a benchmark runs with (`# bench-args:` lines, or none)."""
    with open(path) as f:
        found = [
            line.split(":", 1)[1].split()
            for line in f
            if line.startswith("# bench-args:")
        ]
    return found or [[]]


def run_once(cmd):
    start = time.perf_counter()
    result = subprocess.run(cmd, capture_output=True, env={**os.environ, "PYTHONHASHSEED": "0"})
    elapsed = time.perf_counter() - start
    if result.returncode != 0:
        sys.exit(f"{' '.join(cmd)} failed:\n{result.stderr.decode(errors='replace')}")
    return elapsed, result.stdout


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pyasync", default="target/release/pyasync")
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("names", nargs="*", help="benchmarks to run (default: all)")
    args = parser.parse_args()

    paths = sorted(glob.glob(os.path.join(BENCH_DIR, "*.py")))
    if args.names:
        paths = [p for p in paths if os.path.basename(p)[:-3] in args.names]
    rows = []
    for path in paths:
        for extra in variants(path):
            name = " ".join([os.path.basename(path)[:-3], *extra])
            ours = [args.pyasync, path, *extra]
            theirs = [sys.executable, path, *extra]
            times = ([], [])
            for _ in range(args.runs):
                t, our_out = run_once(ours)
                times[0].append(t)
                t, their_out = run_once(theirs)
                times[1].append(t)
                if our_out != their_out:
                    sys.exit(
                        f"{name}: outputs differ\n"
                        f"  pyasync: {our_out.decode(errors='replace')!r}\n"
                        f"  python3: {their_out.decode(errors='replace')!r}"
                    )
            ours_m, theirs_m = statistics.median(times[0]), statistics.median(times[1])
            rows.append((name, ours_m, theirs_m, theirs_m / ours_m))
            print(f"  {name}: {ours_m:.3f} s vs {theirs_m:.3f} s", file=sys.stderr)

    print(f"median of {args.runs} alternating runs (wall time, seconds)")
    print(f"  {'benchmark':<16} {'pyasync':>8} {'python3':>8} {'ratio':>6}")
    for name, ours_m, theirs_m, ratio in rows:
        print(f"  {name:<16} {ours_m:8.3f} {theirs_m:8.3f} {ratio:6.2f}")
    product = 1.0
    for row in rows:
        product *= row[3]
    print(f"  {'geometric mean':<16} {'':>8} {'':>8} {product ** (1 / len(rows)):6.2f}")


if __name__ == "__main__":
    main()
