# print with many value types, sep/end combinations, and print to sys.stdout/sys.stderr explicitly.
import sys
print(1, 2.5, 3j, "s", b"b", None, True, [1], (1,), {1}, {1: 1}, range(2), sep=" | ")
print("a", "b", "c", sep="\n")
print("no", "space", sep="", end="--end--\n")
print("multi", "end", end="\n\n")
print("explicit stdout", file=sys.stdout)
print("explicit stderr", file=sys.stderr)
print(*[1, 2, 3], sep=", ", end=".\n")
print("", end="")
print(end="only end\n")
print("tab", "sep", sep="\t")
sys.stdout.write("direct write\n")
print(sys.stdout.write("counted\n"))
