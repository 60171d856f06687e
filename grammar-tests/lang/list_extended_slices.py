# extended slices (steps, negative bounds, out-of-range) on list/str/tuple/bytes/range, slice assignment and deletion.
l = list(range(10))
print(l[2:8:3], l[-1:-8:-3], l[8:2], l[::-1][::2], l[slice(1, None, 4)], l[-100:100:50])
l[2:8:3] = ["a", "b"]
print(l)
del l[-1:-8:-3]
print(l)
try:
    l[1:5:2] = []
except ValueError as e:
    print("ValueError:", e)
s = "abcdefghij"
print(s[2:8:3], s[-1:-8:-3], s[::-3], s[100:-100:-1], s[-3::-2])
t = tuple(range(10))
print(t[::4], t[-2::-3], t[5:5], t[slice(None)])
b = bytes(range(10))
print(b[::3], b[-1::-4], bytearray(b)[1::3])
r = range(0, 30, 3)
print(r[::2], r[::-2], r[1:-1:3], r[-1:0:-4], list(r[-1:0:-4]))
x = [0] * 5
x[::2] = "abc"
x[1::2] = (1, 2)
print(x)
print(slice(1, 5, 2).indices(10), slice(None, None, -1).indices(5), slice(-3, None).indices(4), repr(slice(1, 2)))
