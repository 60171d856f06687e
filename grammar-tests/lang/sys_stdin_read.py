# sys.stdin.read() returns everything left; a second read returns "".
import sys

head = sys.stdin.readline()
body = sys.stdin.read()
print(repr(head))
print(repr(body))
print(len(body.splitlines()), body.count("a"))
print(repr(sys.stdin.read()))
words = body.split()
print(sorted(set(words)), max(words, key=len))
