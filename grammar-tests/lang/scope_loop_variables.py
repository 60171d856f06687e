# Loop variables persist after the loop; tuple targets; loop over a dict while binding attributes.
for i in range(3):
    pass
print(i)
for i, (a, b) in enumerate([(1, 2), (3, 4)]):
    pass
print(i, a, b)


class O:
    pass


o = O()
for o.attr in [1, 2, 3]:
    pass
print(o.attr)
d = {}
for d["k"] in "xy":
    pass
print(d)
lst = [0, 0]
for lst[0], lst[1] in [(5, 6)]:
    pass
print(lst)
j = "unchanged"
for j in []:
    pass
print(j)
