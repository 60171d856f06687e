log = []
async def work(x):
    log.append(("start", x))
    return x * 2

c = work(21)
print(log)
try:
    c.send(None)
except StopIteration as e:
    print(e.value, log)
