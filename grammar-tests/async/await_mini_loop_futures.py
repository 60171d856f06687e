# A tiny event loop: tasks await Futures, the loop resolves them in order.
class Future:
    def __init__(self, name):
        self.name = name
        self.done = False
        self.result = None
        self.waiters = []
    def set_result(self, value):
        self.done = True
        self.result = value
    def __await__(self):
        if not self.done:
            yield self
        return self.result

class Loop:
    def __init__(self):
        self.ready = []
        self.parked = {}
    def spawn(self, coro):
        self.ready.append((coro, None))
    def run(self, resolver):
        while self.ready or self.parked:
            while self.ready:
                coro, value = self.ready.pop(0)
                try:
                    fut = coro.send(value)
                except StopIteration as e:
                    print("task", coro.__qualname__, "->", e.value)
                    continue
                self.parked.setdefault(fut.name, []).append((coro, fut))
            for name in sorted(self.parked):
                for coro, fut in self.parked.pop(name):
                    fut.set_result(resolver(name))
                    self.ready.append((coro, fut.result))
                break

async def fetch(name):
    return await Future(name)

async def worker(a, b):
    x = await fetch(a)
    y = await fetch(b)
    return x + y

loop = Loop()
loop.spawn(worker("alpha", "beta"))
loop.spawn(worker("gamma", "alpha"))
loop.run(lambda name: len(name))
