# tuple packing/unpacking with builtins: divmod, enumerate, zip, sorted items, swaps.
q, r = divmod(17, 5)
a, b = b, a = 1, 2
print(q, r, a, b)
first, *middle, last = range(6)
print(first, middle, last)
(x, y), z = (1, 2), 3
print(x, y, z)
for i, (k, v) in enumerate(sorted({"b": 2, "a": 1}.items())):
    print(i, k, v)
pairs = list(zip("abc", range(3)))
letters, numbers = zip(*pairs)
print(letters, numbers)
try:
    p, q = (1, 2, 3)
except ValueError as e:
    print("ValueError:", e)
try:
    p, q, r2 = (1, 2)
except ValueError as e:
    print("ValueError:", e)
try:
    p, q = 5
except TypeError as e:
    print("TypeError:", e)
t = 1, 
print(t, type(t).__name__, len(()), (1, 2) + (3,), ((1,),) * 2)
