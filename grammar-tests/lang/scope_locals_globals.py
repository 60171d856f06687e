# locals()/globals() in functions and class bodies, global declarations creating and deleting names,
# defaults capturing values, nonlocal skipping a shadowing scope, code object name tables.
def f():
    x = 1
    def g():
        print(locals())
        return x
    g()
    return sorted(locals())
print(f())
def h(a, *args, k=1, **kw):
    return sorted(locals().items())
print(h(1, 2, z=3))
class A:
    a = 1
    print(sorted(k for k in locals() if not k.startswith("__")))
print(globals()["A"] is A, "f" in globals())
def uses_global():
    global NEW
    NEW = 5
uses_global()
print(NEW)
x = 10
def shadow_param(x=x):
    x += 1
    return x
print(shadow_param(), x)
def closure_in_loop():
    fs = []
    for i in range(3):
        def f(): return i
        fs.append(f)
    return [f() for f in fs]
print(closure_in_loop())
def del_global():
    global x
    del x
del_global()
try: x
except NameError as e: print(e)
lam = lambda: (yield)
print(type(lam()).__name__)
def kwdefault_closure():
    v = 3
    def f(a=v): return a
    v = 4
    return f()
print(kwdefault_closure())
def nonlocal_shadow():
    n = 0
    def a():
        n = 5
        def b():
            nonlocal n
            n += 1
            return n
        return b()
    return a(), n
print(nonlocal_shadow())
print((lambda: __name__)(), __name__)
def star_in_def(*, a=1, **k): return a, k
print(star_in_def(b=2))
print(f.__code__.co_varnames, h.__code__.co_varnames, h.__code__.co_nlocals)
