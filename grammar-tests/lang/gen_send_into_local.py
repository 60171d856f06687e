# `x = yield v` resumed by send(): the sent value lands in the local whatever it held
# before (nothing, an int, an object with a finalizer), and finalizers run in order.


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)

    def __repr__(self):
        return f"Noisy({self.name})"


def echo():
    x = None
    while True:
        print("got", repr(x))
        x = yield x


g = echo()
print(next(g))
print(g.send(1))
print(g.send(2.5))
print(g.send(Noisy("a")))
print("before b")
print(g.send(Noisy("b")))
print("after b")
print(g.send(3))
print("after 3")
print(g.send("s"))


def unbound():
    # `y` is unbound until the first send.
    while True:
        y = yield 0
        print("y is", y)


u = unbound()
next(u)
u.send(7)
u.send([1, 2])
u.send(None)


def total():
    t = 0
    while True:
        x = yield t
        t += x


acc = total()
next(acc)
for i in range(5):
    last = acc.send(i)
print("total", last)
try:
    acc.send("oops")
except TypeError as e:
    print("TypeError:", e)
print(acc.send(1) if False else "closed?", acc.gi_frame is None)
try:
    acc.send(1)
except StopIteration as e:
    print("StopIteration", repr(e))
