# Reference cycles that go through tuples are still collected, whatever else the tuples
# hold; tuples of numbers and strings stay intact while their holders live.
import gc


class Node:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("freed", self.name)


class Err(ValueError):
    def __del__(self):
        print("freed", self.args)


def cycle(name):
    n = Node(name)
    n.atoms = (1, "two", 3.0, None, b"four", 10**30)
    n.loop = (n, "x")
    n.nested = ((n,), ())


gc.collect()
for i in range(3):
    cycle(f"n{i}")
print("made")
gc.collect()
print("collected")

keep = Node("kept")
keep.atoms = tuple(range(5)) + ("s",)
keep.loop = (keep,)
gc.collect()
print(keep.atoms, keep.loop[0] is keep)


def make_exc():
    try:
        raise Err("in cycle", 1, 2.5)
    except ValueError as e:
        e.me = (e, 1)


make_exc()
print("raised")
gc.collect()
t = (1, 2)
u = (t, [t])
u[1].append(u)
del u
print(gc.collect() >= 1, t)
del keep
print("end")
