# exec and eval with globals and locals dicts, and their errors.
print(eval("1 + 2 * 3"), eval("x * 2", {"x": 21}), eval("[a for a in range(3)]"))
ns = {}
exec("y = 5\ndef f():\n    return y + 1", ns)
print(ns["y"], ns["f"](), "__builtins__" in ns)
loc = {}
exec("z = 1", {}, loc)
print(loc)
print(eval("a + b", {"a": 1}, {"b": 2}))
x = 100
print(eval("x"), exec("x = 200"), x)
def fn():
    return eval("q", {"q": "from globals"})
print(fn())
try:
    eval("1 +")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
try:
    eval("undefined_name")
except NameError as e:
    print("NameError:", e)
try:
    exec("raise ValueError('in exec')")
except ValueError as e:
    print("ValueError:", e)
try:
    eval(5)
except TypeError as e:
    print("TypeError:", e)
try:
    eval("x = 1")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
print(eval("  7  "), eval(b"8"), eval("lambda: 9")())
code = compile("3 * 3", "<s>", "eval")
print(eval(code), type(code).__name__)
