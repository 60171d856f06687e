# str.split/rsplit with and without sep, with maxsplit; splitlines with keepends.
s = "  a  b c   d  "
print(s.split(), s.split(None, 1), s.rsplit(None, 1), s.split(" "), s.split(maxsplit=2))
print("a,b,,c".split(","), "a,b,,c".split(",", 1), "a,b,,c".rsplit(",", 1), "a,b,,c".rsplit(",", maxsplit=2))
print("".split(), "".split(","), "   ".split(), "abc".split("abc"), "aXbXc".split("X", 0))
print("a--b--c".split("--"), "a--b--c".rsplit("--", 1), "x".rsplit("x"))
print("one\ttwo\nthree\x0bfour\x0cfive\rsix\x1c7".split())
try:
    "a".split("")
except ValueError as e:
    print("ValueError:", e)
try:
    "a".split(1)
except TypeError as e:
    print("TypeError:", e)
print("l1\nl2\r\nl3\rl4".splitlines(), "l1\nl2\r\n".splitlines(True), "".splitlines(), "\n".splitlines())
print("a\x0bb\x0cc\x1cd\x1de\x1ef\x85g\u2028h\u2029i".splitlines())
print("no newline".splitlines(keepends=True))
print("ä ö ü".split(), "日本 語".rsplit(" ", 5))
