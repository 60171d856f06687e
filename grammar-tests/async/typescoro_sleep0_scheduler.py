import types

@types.coroutine
def sleep0():
    yield

async def task(name, n, log):
    for i in range(n):
        log.append((name, i))
        await sleep0()
    return name

def run_all(*coros):
    queue = list(coros)
    done = []
    while queue:
        c = queue.pop(0)
        try:
            c.send(None)
            queue.append(c)
        except StopIteration as e:
            done.append(e.value)
    return done

log = []
print(run_all(task("x", 2, log), task("y", 3, log)))
print(log)
