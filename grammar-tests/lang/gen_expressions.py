# Generator expressions: laziness, first iterable evaluated eagerly, exhaustion, and in calls.
def source():
    print("source called")
    for i in range(3):
        print("yield", i)
        yield i


ge = (x * 10 for x in source())
print("created")
print(next(ge))
print(list(ge))
print(list(ge))
try:
    (x for x in 5)
except TypeError as e:
    print("eager", e)
print(sum(x for x in range(4)), sorted((c for c in "cba"), reverse=True))
print(list((a, b) for a in range(2) for b in "xy"))
nums = [1, 2, 3]
ge = (n for n in nums)
nums.append(4)
print(list(ge))
ge = (y for y in range(3))
print(ge.__name__, ge.__qualname__)
print(dict((str(i), i) for i in range(2)))
