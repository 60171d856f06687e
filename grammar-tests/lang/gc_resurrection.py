# PEP 442: an object a __del__ brings back during cycle collection keeps its contents,
# with everything it reaches, and its __del__ does not run a second time
import gc

saved = []


class Keeper:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name, sorted(self.__dict__))
        saved.append(self)


class Plain:
    def __init__(self, name):
        self.name = name


a = Keeper("self-cycle")
a.me = a
b = Keeper("list-cycle")
b.other = [b, {"k": b}, Plain("reached")]
c = Plain("plain-cycle")
c.me = c
c.note = Keeper("held by the plain cycle")
del a, b, c
print("found", gc.collect())
for s in saved:
    print(s.name, sorted(s.__dict__))
print(saved[1].other[0] is saved[1], saved[1].other[1]["k"].name, saved[1].other[2].name)

saved.clear()
print("second collection", gc.collect() > 0)
print("saved", saved)


class Once:
    runs = 0

    def __del__(self):
        Once.runs += 1
        global back
        back = self


o = Once()
o.cycle = [o]
del o
gc.collect()
print("runs", Once.runs, back.cycle[0] is back)
del back
gc.collect()
print("runs", Once.runs)
