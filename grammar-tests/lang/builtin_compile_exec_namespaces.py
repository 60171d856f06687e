# compile/exec/eval with explicit globals, locals and __builtins__, and the SyntaxErrors compile() raises.
import sys
code = compile("x = 1\ny = x + 1\n", "<gen>", "exec")
ns = {}
exec(code, ns)
print(ns["y"], code.co_name, type(code).__name__)
print(eval("sum(range(n))", {"n": 5}), eval("len(s)", {}, {"s": "abc"}))
g = {"__builtins__": {"len": len}}
print(eval("len('ab')", g))
try:
    eval("print(1)", g)
except NameError as e:
    print("NameError:", e)
src = "def f(a, b=2):\n    return a * b\nresult = f(3)\n"
loc = {}
exec(src, {}, loc)
print(loc["result"], sorted(loc))
for bad in ["x = ", "def f(:\n  pass", "lambda x: yield", "a b c", "'unterminated", "x = (1, 2", "return", "f(x for x in y, 1)"]:
    try:
        compile(bad, "<bad>", "exec")
    except SyntaxError as e:
        print(repr(e.msg), e.lineno, e.offset, e.filename)
exec("import sys as s2; r = s2.getrecursionlimit()", ns)
print(ns["r"] == sys.getrecursionlimit())
