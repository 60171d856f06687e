# A coroutine-style generator with send(): running averages, priming, and send after finish.
def averager():
    total = count = 0
    avg = None
    while True:
        value = yield avg
        if value is None:
            return (count, avg)
        total += value
        count += 1
        avg = total / count


a = averager()
print(a.send(None))
print(a.send(10), a.send(20), a.send(30))
try:
    a.send(None)
except StopIteration as e:
    print("result", e.value)
try:
    a.send(1)
except StopIteration as e:
    print("after finish", e.value)


def delegator():
    result = yield from averager()
    yield f"delegated result {result}"


d = delegator()
next(d)
d.send(4)
print(d.send(None))
