# list slicing, slice assignment (growing, shrinking, extended), del of slices, the errors.
l = list(range(10))
print(l[2:5], l[::3], l[::-1], l[-3:], l[8:2:-2], l[100:], l[:-100])
l[2:5] = ["a"]
print(l)
l[1:1] = ["x", "y"]
print(l)
l[:] = l[::-1]
print(l)
l[::2] = range(5)
print(l)
del l[::3]
print(l)
del l[1:3]
print(l)
del l[-1]
print(l)
l[len(l):] = [99]
print(l)
try:
    l[::2] = [1]
except ValueError as e:
    print("ValueError:", e)
try:
    l[0:2] = 5
except TypeError as e:
    print("TypeError:", e)
try:
    l[100] = 1
except IndexError as e:
    print("IndexError:", e)
try:
    del l[100]
except IndexError as e:
    print("IndexError:", e)
try:
    print(l[100])
except IndexError as e:
    print("IndexError:", e)
try:
    l["a"]
except TypeError as e:
    print("TypeError:", e)
try:
    l[1.0] = 0
except TypeError as e:
    print("TypeError:", e)
m = [1, 2, 3]
m[1:2] = m
print(m)
s = [0, 1, 2, 3, 4, 5]
s[5:1:-2] = ["p", "q"]
print(s)
s[-2:] = "zz"
print(s)
del s[:]
print(s)
