# A suspended generator's finally runs on close(), when dropped, and exceptions in it are reported.
def resource(name):
    print("open", name)
    try:
        yield name
        yield name + "2"
    finally:
        print("release", name)


g = resource("a")
next(g)
g.close()
g = resource("b")
next(g)
del g
print("after del")


def loop_break():
    for v in resource("c"):
        print("got", v)
        break
    print("loop exited")


loop_break()


def with_return():
    try:
        yield 1
    finally:
        return "finally return"


w = with_return()
next(w)
w.close()
print("close with return in finally ok")
x = resource("d")
next(x)
x = None
print("rebinding dropped it")
