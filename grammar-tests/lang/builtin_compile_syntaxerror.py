# compile() in each mode, and the SyntaxErrors the checker raises through compile().
c = compile("a = 1\nprint('ran', a)", "mod.py", "exec")
exec(c)
print(c.co_filename)
print(eval(compile("2 ** 8", "e", "eval")))
exec(compile("print('single')", "s", "single"))
for src in ["return 5", "def f():\n    yield from x\nasync def g():\n    yield from y", "break", "x = (1,", "def f(a, a): pass", "nonlocal q", "f(**x, *y)", "await x"]:
    try:
        compile(src, "case.py", "exec")
    except SyntaxError as e:
        print(type(e).__name__, repr(e.msg), e.lineno, e.filename)
try:
    compile("1", "x", "bogus")
except ValueError as e:
    print("ValueError:", e)
try:
    compile("1 2", "x", "eval")
except SyntaxError as e:
    print("SyntaxError:", e.msg, e.lineno, e.offset)
try:
    compile("if x:\nprint(1)", "ind.py", "exec")
except IndentationError as e:
    print(type(e).__name__, e)
