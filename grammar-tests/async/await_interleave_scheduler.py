class Pause:
    def __await__(self):
        yield

async def worker(name, n, log):
    for i in range(n):
        log.append(f"{name}{i}")
        await Pause()
    return name.upper()

def schedule(*coros):
    ready = list(coros)
    results = {}
    while ready:
        c = ready.pop(0)
        try:
            c.send(None)
        except StopIteration as e:
            results[c.__name__ + str(len(results))] = e.value
        else:
            ready.append(c)
    return results

log = []
print(schedule(worker("a", 3, log), worker("b", 1, log), worker("c", 2, log)))
print(log)
