# Finalizers that free the next object with a finalizer: a short chain runs them in
# CPython's order (outer first, each inside the one before), a long one neither recurses
# nor stops, and a __del__ that drops another object sees that finalizer run at once.
log = []


class Link:
    def __init__(self, name, nxt):
        self.name = name
        self.next = nxt

    def __del__(self):
        log.append(self.name)


a = None
for name in "abcde":
    a = Link(name, a)
del a
print("short chain:", log)

count = 0


class Node:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        global count
        count += 1


a = None
for i in range(100_000):
    a = Node(a)
del a
print("long chain finalized:", count)


class Inner:
    def __del__(self):
        print("  inner finalized")


class Outer:
    def __del__(self):
        global held
        print("  outer starts")
        del held
        print("  outer ends")


held = Inner()
o = Outer()
print("dropping outer")
del o
print("done")


class Loud:
    def __init__(self, n, nxt):
        self.n, self.nxt = n, nxt

    def __del__(self):
        if self.n % 25_000 == 0:
            print("finalizing", self.n)
        if self.n == 50_000:
            raise ValueError("from a finalizer")


a = None
for i in range(1, 100_001):
    a = Loud(i, a)
del a
print("after the loud chain")
