# Cycles the collector must free whatever the instances in them hold: an instance kept on
# its own class, instances holding only numbers inside a cycle of lists, a cycle through
# an instance's __dict__, and objects that stay alive because something outside holds them.
import gc


def class_with_default():
    class Config:
        def __init__(self, level):
            self.level = level

    Config.default = Config(1)
    return 1


gc.collect()
print([class_with_default() for _ in range(3)], gc.collect() > 0, gc.collect())


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


def list_cycle():
    p = Point(1, 2)
    box = [p]
    box.append(box)
    return p.x


print(list_cycle(), gc.collect() > 0, gc.collect())


def dict_cycle():
    p = Point(3, 4)
    d = p.__dict__
    d["self"] = p
    return p.y


print(dict_cycle(), gc.collect() > 0, gc.collect())

# Still referenced from outside the cycle: kept, with their attributes intact.
keep = Point(5, 6)
holder = [keep]
holder.append(holder)
del holder
gc.collect()
print(keep.x, keep.y)


class Tree:
    def __init__(self, parent):
        self.parent = parent
        self.children = []
        if parent is not None:
            parent.children.append(self)


root = Tree(None)
for _ in range(3):
    Tree(root)
del root
print(gc.collect() > 0, gc.collect())


# An instance that only later holds a container joins a cycle.
def late_cycle():
    a = Point(0, 0)
    b = Point(0, 0)
    a.x = b
    b.x = a
    return a.y


print(late_cycle(), gc.collect() > 0, gc.collect())


# __del__ runs for instances in a collected cycle, and at exit for live ones.
class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


n = Noisy("cycle")
n.me = n
del n
gc.collect()
alive = Noisy("at exit")
print("end")
