class Pause:
    def __await__(self):
        yield

class Lock:
    def __init__(self):
        self.locked = False
        self.log = []
    async def __aenter__(self):
        while self.locked:
            await Pause()
        self.locked = True
    async def __aexit__(self, *exc):
        self.locked = False

async def critical(lock, name):
    async with lock:
        lock.log.append(name + " in")
        await Pause()
        lock.log.append(name + " out")

lock = Lock()
tasks = [critical(lock, "a"), critical(lock, "b")]
while tasks:
    t = tasks.pop(0)
    try:
        t.send(None)
        tasks.append(t)
    except StopIteration:
        pass
print(lock.log)
