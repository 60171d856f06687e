# Iterating over sys.stdin yields lines; input() and stdin share the same stream.
import sys

first = input()
print("input:", repr(first))
totals = {}
for n, line in enumerate(sys.stdin, 1):
    line = line.rstrip("\n")
    if line == "END":
        break
    name, _, score = line.partition(",")
    totals[name] = totals.get(name, 0) + int(score)
    print(n, name, score)
print(sorted(totals.items(), key=lambda kv: (-kv[1], kv[0])))
print(repr(sys.stdin.readline()))
print(list(sys.stdin))
try:
    input()
except EOFError:
    print("EOFError at end")
