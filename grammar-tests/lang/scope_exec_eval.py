# exec/eval with explicit globals and locals dicts, and the names they see.
ns = {}
exec("a = 1\nb = a + 1\ndef f(): return a + b", ns)
print(ns["a"], ns["b"], ns["f"](), "__builtins__" in ns)
print(eval("a * 10", ns), eval("x + y", {"x": 1}, {"y": 2}))
loc = {}
exec("z = len('abc')", {}, loc)
print(loc)
x = 5
print(eval("x + 1"))


def inside():
    y = 3
    return eval("y * 2")


print(inside())
try:
    eval("undefined_thing")
except NameError as e:
    print(e)
try:
    exec("1 +")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
code = compile("q = 7", "<string>", "exec")
g = {}
exec(code, g)
print(g["q"])
