# __del__ runs when the last reference goes (del, rebinding, end of a call, container cleared),
# once per object, for cyclic garbage on gc.collect(), and at exit in creation order.
import gc


class D:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del", self.n)


a = D("a")
del a
print("after del a")
b = D("b")
b = None
print("after rebinding b")


def scope():
    local = D("local")
    return "returned"


print(scope())
items = [D("in list")]
items.clear()
print("after clear")


class Resurrect:
    saved = []

    def __del__(self):
        print("resurrected once")
        Resurrect.saved.append(self)


Resurrect()
print(len(Resurrect.saved))
Resurrect.saved.clear()
print("cleared saved: no second __del__")
x = D("cycle-1")
y = D("cycle-2")
x.other, y.other = y, x
del x, y
gc.collect()
print("after collect")
late1 = D("exit-1")
late2 = D("exit-2")
print("end")
