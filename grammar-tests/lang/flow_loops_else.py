# for/while else clauses, break/continue in nested loops, loop over mutated list.
for i in range(3):
    pass
else:
    print("for else after", i)
for i in range(3):
    if i == 1:
        break
else:
    print("never")
print("broke at", i)
n = 0
while n < 3:
    n += 1
else:
    print("while else", n)
while True:
    break
else:
    print("never")
for i in []:
    pass
else:
    print("empty for else")
out = []
for i in range(3):
    for j in range(3):
        if j == i:
            continue
        if j > i:
            break
        out.append((i, j))
print(out)
items = [1, 2, 3, 4]
for x in items:
    if x == 2:
        items.remove(x)
print(items)


def find(seq, target):
    for idx, v in enumerate(seq):
        if v == target:
            return idx
    else:
        return -1


print(find("abc", "c"), find("abc", "z"))
i = 0
while i < 10:
    i += 1
    if i % 2:
        continue
    if i > 6:
        break
    print("even", i)
