# Leaving `with` blocks by return (the value survives __exit__), break, continue and
# exceptions, with nested managers, in generators and in coroutines; __exit__ that is a
# builtin function, a bound method stored on the class, or a lambda.


class M:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("enter", self.name)
        return self.name

    def __exit__(self, *exc):
        print("exit", self.name, exc[0].__name__ if exc[0] else None)
        return False


class A:
    async def __aenter__(self):
        print("aenter")
        return "a"

    async def __aexit__(self, t, v, tb):
        print("aexit", t.__name__ if t else None)
        return t is KeyError


def ret():
    with M("r1") as a, M("r2") as b:
        return a + b


def loop():
    out = []
    for i in range(4):
        with M(f"l{i}"):
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
    return out


def gen():
    with M("g"):
        yield 1
        return "done"


class B:
    __enter__ = lambda self: "lam"
    __exit__ = lambda self, *a: print("lambda exit", len(a))


class Builtin:
    def __enter__(self):
        return self

    __exit__ = print


class Other:
    def __init__(self):
        self.m = M("inner")

    def __enter__(self):
        return self.m.__enter__()


Other.__exit__ = M("bound").__exit__

print(ret())
print(loop())
g = gen()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("stop", e.value)
with B() as x:
    print(x)
with Builtin():
    print("body")
try:
    with Other() as o:
        print(o)
        raise OSError("e")
except OSError as e:
    print("OSError", e)


async def main():
    async with A() as a:
        print(a)
    async with A():
        raise KeyError("k")

    async def inner():
        async with A():
            return "from inner"

    print(await inner())
    async with A():
        raise ValueError("v")


try:
    main().send(None)
except ValueError as e:
    print("ValueError", e)


def deep(n):
    with M(f"d{n}") if n < 2 else M("last"):
        if n < 2:
            return deep(n + 1)
        raise IndexError("deep")


deep(0)
