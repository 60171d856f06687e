# sys.argv: a list whose first item names the script; a program can parse and rewrite it.
import sys

print(type(sys.argv).__name__, len(sys.argv))
print(sys.argv[0].endswith("sys_argv.py"), sys.argv[1:])
args = sys.argv[1:] or ["--name=world", "-v", "file"]
opts = {}
rest = []
for a in args:
    if a.startswith("--") and "=" in a:
        k, v = a[2:].split("=", 1)
        opts[k] = v
    elif a.startswith("-"):
        opts[a[1:]] = True
    else:
        rest.append(a)
print(opts, rest)
saved = sys.argv[:]
sys.argv.append("extra")
print(sys.argv[1:], saved == sys.argv[:-1])
sys.argv = ["prog", "x"]
import sys as again
print(again.argv, again is sys)
try:
    sys.argv[5]
except IndexError as e:
    print("IndexError:", e)
