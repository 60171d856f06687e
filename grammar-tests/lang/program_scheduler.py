# A hand-driven round-robin scheduler of coroutines awaiting custom awaitables (no asyncio).


class Yield:
    """Awaitable that suspends the coroutine once, handing a request to the scheduler."""

    def __init__(self, request=None):
        self.request = request

    def __await__(self):
        reply = yield self.request
        return reply


class Sleep(Yield):
    def __init__(self, ticks):
        super().__init__(("sleep", ticks))


class Scheduler:
    def __init__(self):
        self.ready = []
        self.sleeping = []
        self.tick = 0
        self.results = {}
        self.log = []

    def spawn(self, name, coro):
        self.ready.append((name, coro, None))

    def run(self):
        while self.ready or self.sleeping:
            if not self.ready:
                self.tick = min(t for t, _, _ in self.sleeping)
            woken = [s for s in self.sleeping if s[0] <= self.tick]
            self.sleeping = [s for s in self.sleeping if s[0] > self.tick]
            for _, name, coro in sorted(woken, key=lambda s: (s[0], s[1])):
                self.ready.append((name, coro, self.tick))
            if not self.ready:
                continue
            name, coro, value = self.ready.pop(0)
            try:
                request = coro.send(value)
            except StopIteration as stop:
                self.results[name] = stop.value
                self.log.append(f"t={self.tick} {name} finished -> {stop.value!r}")
                continue
            except Exception as e:
                self.results[name] = e
                self.log.append(f"t={self.tick} {name} crashed: {e!r}")
                continue
            match request:
                case ("sleep", ticks):
                    self.sleeping.append((self.tick + ticks, name, coro))
                case None:
                    self.ready.append((name, coro, self.tick))
                case other:
                    coro.throw(ValueError(f"bad request {other!r}"))
            self.tick += 1


async def worker(name, steps, delay):
    total = 0
    for i in range(steps):
        woke = await Sleep(delay)
        total += woke
    return f"{name}:{total}"


async def chatter(n):
    said = []
    for i in range(n):
        await Yield()
        said.append(i)
    return said


async def crasher():
    await Yield()
    raise RuntimeError("boom")


async def nested():
    a = await chatter(2)
    b = await worker("inner", 1, 2)
    return a, b


s = Scheduler()
s.spawn("w1", worker("w1", 3, 2))
s.spawn("w2", worker("w2", 2, 5))
s.spawn("chat", chatter(3))
s.spawn("crash", crasher())
s.spawn("nested", nested())
s.run()
for line in s.log:
    print(line)
print(sorted((k, repr(v)) for k, v in s.results.items()))
c = chatter(1)
print(type(c).__name__, c.send(None), end=" ")
try:
    c.send(None)
except StopIteration as e:
    print("StopIteration", e.value)
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
w = Yield(7).__await__()
print(next(w))
try:
    w.send("reply")
except StopIteration as e:
    print("reply was", e.value)
