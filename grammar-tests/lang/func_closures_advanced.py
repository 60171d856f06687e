# Closures over loop variables, over parameters, shared cells, and cells in generators.
def make_adders():
    return [lambda x, n=n: x + n for n in range(3)]


print([f(10) for f in make_adders()])


def shared():
    v = []

    def add(x):
        v.append(x)

    def get():
        return v
    return add, get


add, get = shared()
add(1)
add(2)
print(get())


def param_cell(p):
    def show():
        return p
    p = p * 2
    return show


print(param_cell(4)())


def gen_closure():
    total = 0

    def bump():
        nonlocal total
        total += 1

    for _ in range(3):
        bump()
        yield total


print(list(gen_closure()))


def deep(a):
    def l1(b):
        def l2(c):
            def l3(d):
                return a + b + c + d
            return l3
        return l2
    return l1


print(deep(1)(2)(3)(4))
print(deep.__code__.co_cellvars, deep(1).__code__.co_freevars, deep(1).__code__.co_cellvars)
