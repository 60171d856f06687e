# Class attributes are shared until an instance shadows them; instance __dict__ and class __dict__.
class Counter:
    count = 0
    items = []

    def bump(self):
        Counter.count += 1
        self.items.append(Counter.count)


a, b = Counter(), Counter()
a.bump()
b.bump()
print(Counter.count, a.count, b.items is a.items, a.items)
a.count = 100
print(a.count, b.count, Counter.count)
print(a.__dict__, b.__dict__)
del a.count
print(a.count)
print("bump" in Counter.__dict__, "count" in vars(Counter))
Counter.new = 5
print(a.new, hasattr(b, "new"))
del Counter.new
print(hasattr(a, "new"))
try:
    a.missing
except AttributeError as e:
    print(e)
try:
    Counter.missing
except AttributeError as e:
    print(e)
try:
    del a.nothing
except AttributeError as e:
    print(e)
print(getattr(a, "nothing", "default"))
setattr(a, "z", 3)
print(a.z, sorted(vars(a)))
print(Counter.__name__, Counter.__qualname__, Counter.__module__)


class Outer:
    class Inner:
        pass


print(Outer.Inner.__qualname__, Outer.Inner.__name__)
