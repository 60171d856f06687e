# Class bodies: names visible in the body, not in methods; __qualname__, locals order; exec in class.
y = "module"


class A:
    y = "class"
    z = y + "!"

    def f(self):
        return y

    def g(self):
        return A.z

    print(sorted(k for k in locals() if not k.startswith("__")))
    print(__qualname__, __module__)


print(A.z, A().f(), A().g())


def factory():
    v = "enclosing"

    class B:
        w = v

        def m(self):
            return v
    return B


B = factory()
print(B.w, B().m(), B.__qualname__)


class C:
    a = 1
    b = [a * i for i in range(3)] if False else None
    try:
        c = [a for _ in range(1)]
    except NameError as e:
        err = str(e)


print(C.err)
