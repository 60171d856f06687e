# sys.stdin.readline returns lines with their newline, then "" at end of input.
import sys

first = sys.stdin.readline()
print(repr(first))
second = sys.stdin.readline().rstrip("\n")
print(repr(second), second.split())
numbers = [int(x) for x in sys.stdin.readline().split()]
print(numbers, sum(numbers))
rest = []
while True:
    line = sys.stdin.readline()
    if not line:
        break
    rest.append(line)
print(rest)
print(repr(sys.stdin.readline()), repr(sys.stdin.readline()))
