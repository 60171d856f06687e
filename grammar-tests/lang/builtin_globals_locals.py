# globals() and locals() at module and function scope.
x = 10
g = globals()
print(g["x"], g is globals(), "__name__" in g, g["__name__"])
g["made_here"] = "yes"
print(made_here)
def f(a, b=2):
    c = a + b
    return sorted(locals().items())
print(f(1))
print(locals() is globals())
def h():
    y = 5
    def inner():
        return y
    return sorted(locals())
print(h())
class K:
    p = 1
    q = p + 1
    names = sorted(k for k in locals() if not k.startswith("__"))
print(K.names)
