# Name resolution with classes nested in functions, functions in classes, and global/nonlocal mixes.
def outer():
    x = "outer x"

    class Inner:
        y = x
        z = "class z"

        def method(self):
            return x

    return Inner


I = outer()
print(I.y, I.z, I().method())
g = "global g"


def f():
    g = "local g"

    class C:
        global g
        h = g
    return C.h


print(f())


def counter_factory():
    count = 0

    class Counter:
        def inc(self):
            nonlocal count
            count += 1
            return count
    return Counter()


c = counter_factory()
c.inc()
print(c.inc())


def shadow():
    len = lambda x: "shadowed"
    return len([1, 2])


print(shadow(), len([1, 2]))
