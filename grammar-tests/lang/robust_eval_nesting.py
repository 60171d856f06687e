# Deeply nested source given to eval/exec/compile: CPython's tokenizer limit on brackets,
# and a RecursionError for expressions too deep to compile.

def attempt(label, f):
    try:
        print(label, repr(f())[:30])
    except SyntaxError as e:
        print(label, "SyntaxError", e.msg, e.lineno)
    except RecursionError as e:
        print(label, "RecursionError", e)

attempt("parens 200", lambda: eval("(" * 200 + "1" + ")" * 200))
attempt("parens 201", lambda: eval("(" * 201 + "1" + ")" * 201))
attempt("brackets 1000", lambda: eval("[" * 1000 + "]" * 1000))
attempt("unclosed 10000", lambda: eval("(" * 10000))
attempt("exec brackets", lambda: exec("x = " + "{" * 300 + "}" * 300))
attempt("compile eval", lambda: compile("[" * 250 + "]" * 250, "s", "eval"))
attempt("plus chain", lambda: eval("1" + "+1" * 100000))
attempt("attr chain", lambda: eval("x" + ".a" * 100000))
attempt("call chain", lambda: eval("f" + "()" * 100000))
attempt("exec plus chain", lambda: exec("y = 1" + "+1" * 100000))
attempt("fine chain", lambda: eval("1" + "+1" * 1000))
attempt("long conditional", lambda: len(compile("x" + " if 1 else x" * 2000, "s", "eval").co_consts))
