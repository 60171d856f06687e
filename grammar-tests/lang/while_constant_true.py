# `while True:` and `while 1:` loops (compiled without a test): break, continue, else,
# nesting, a generator looping forever, and an exception raised from the body.


def count_to(n):
    i = 0
    while True:
        i += 1
        if i % 2:
            continue
        if i > n:
            break
        print("even", i)
    else:
        print("never printed")
    return i


print(count_to(6))

j = 0
while 1:
    j += 1
    if j == 3:
        break
else:
    print("never printed either")
print("j", j)

k = 0
while 0:
    print("never runs")
else:
    print("else of while 0")


def forever():
    n = 0
    while True:
        got = yield n
        n += got if got is not None else 100


g = forever()
print(next(g), g.send(1), g.send(2), next(g))
g.close()
print(g.gi_frame)


def nested():
    out = []
    while True:
        while 1:
            out.append(len(out))
            if len(out) % 3 == 0:
                break
        if len(out) >= 9:
            return out


print(nested())


def fails():
    while True:
        raise ValueError("from the body")


try:
    fails()
except ValueError as e:
    print("caught", repr(e))

while True:
    print("last")
    {}["missing"]
