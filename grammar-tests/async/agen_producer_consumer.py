class Pause:
    def __await__(self):
        yield

async def producer(n):
    for i in range(n):
        await Pause()
        yield f"item{i}"

async def consumer(log):
    async for item in producer(3):
        log.append(item)
        await Pause()
    return len(log)

def drive(coro):
    steps = 0
    while True:
        try:
            coro.send(None)
            steps += 1
        except StopIteration as e:
            return e.value, steps

log = []
print(drive(consumer(log)))
print(log)
