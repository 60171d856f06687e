"""Compute speed: each program in examples/bench/ under pyasync and python3, side by side.

Runs every benchmark under both interpreters alternately (pyasync, python3, pyasync, ...) so
that a burst of load from elsewhere on the machine hits both alike, checks that both print the
same output, and prints one table: the median wall time of each and the ratio python3 / pyasync
(above 1 means pyasync is faster), then the same for CPU time (user + system of the child), which
other load on a shared machine disturbs much less than wall time.

A benchmark may run with arguments: each line `# bench-args: ARGS` in it adds a row for that
program run with those (space-separated) arguments, instead of one run without any.

    python3 bench/compare.py [--pyasync target/release/pyasync] [--runs 7] [NAME ...]
"""

import argparse
import glob
import os
import resource
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


def cpu_of_children():
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run_once(cmd):
    """(wall seconds, CPU seconds, stdout) of one run."""
    cpu_before = cpu_of_children()
    start = time.perf_counter()
    result = subprocess.run(cmd, capture_output=True, env={**os.environ, "PYTHONHASHSEED": "0"})
    elapsed = time.perf_counter() - start
    cpu = cpu_of_children() - cpu_before
    if result.returncode != 0:
        sys.exit(f"{' '.join(cmd)} failed:\n{result.stderr.decode(errors='replace')}")
    return elapsed, cpu, result.stdout


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
            cpus = ([], [])
            for _ in range(args.runs):
                t, c, our_out = run_once(ours)
                times[0].append(t)
                cpus[0].append(c)
                t, c, their_out = run_once(theirs)
                times[1].append(t)
                cpus[1].append(c)
                if our_out != their_out:
                    sys.exit(
                        f"{name}: outputs differ\n"
                        f"  pyasync: {our_out.decode(errors='replace')!r}\n"
                        f"  python3: {their_out.decode(errors='replace')!r}"
                    )
            wall = statistics.median(times[0]), statistics.median(times[1])
            cpu = statistics.median(cpus[0]), statistics.median(cpus[1])
            rows.append((name, *wall, wall[1] / wall[0], *cpu, cpu[1] / cpu[0]))
            print(f"  {name}: {wall[0]:.3f} s vs {wall[1]:.3f} s", file=sys.stderr)

    print(f"median of {args.runs} alternating runs (seconds; ratio = python3 / pyasync)")
    print(f"  {'':<16} {'wall time':^24} {'CPU time':^24}")
    print(f"  {'benchmark':<16}" + f" {'pyasync':>8} {'python3':>8} {'ratio':>6}" * 2)
    for name, *numbers in rows:
        w0, w1, wr, c0, c1, cr = numbers
        print(f"  {name:<16} {w0:8.3f} {w1:8.3f} {wr:6.2f} {c0:8.3f} {c1:8.3f} {cr:6.2f}")
    means = []
    for column in (3, 6):
        product = 1.0
        for row in rows:
            product *= row[column]
        means.append(product ** (1 / len(rows)))
    print(f"  {'geometric mean':<16} {'':>17} {means[0]:6.2f} {'':>17} {means[1]:6.2f}")


if __name__ == "__main__":
    main()
