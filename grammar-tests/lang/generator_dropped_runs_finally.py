# A suspended generator whose last reference goes runs its finally at once, as in CPython.
def gen(tag):
    try:
        yield 1
    finally:
        print("finally", tag)


g = gen("del")
next(g)
del g
print("after del")

g = gen("rebind")
next(g)
g = None
print("after rebind")


def local():
    g = gen("local")
    next(g)


local()
print("after return")

holder = [gen("list")]
next(holder[0])
holder.clear()
print("after clear")


class Box:
    pass


b = Box()
b.g = gen("attr")
next(b.g)
del b.g
print("after delattr")
