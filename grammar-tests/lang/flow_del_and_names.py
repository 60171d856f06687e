# del of names, attributes, items and slices; del in loops; tuple/list targets.
a = 1
b = [1, 2, 3, 4, 5]
d = {"k": 1, "j": 2}
del a
try:
    a
except NameError as e:
    print(e)
del b[0], b[-1]
print(b)
del b[::2]
print(b)
del d["k"]
print(d)


class O:
    pass


o = O()
o.x = 1
del o.x
print(vars(o))
x, y = 1, 2
del (x, y)
print("x" in dir(), "y" in dir())
try:
    del d["missing"]
except KeyError as e:
    print(repr(e))
try:
    del b[10]
except IndexError as e:
    print(e)
lst = [1, 2]
[p, q] = lst
del [p, q]
print("p" in globals())
