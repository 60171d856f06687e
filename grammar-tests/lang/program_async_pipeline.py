# An async generator pipeline (source -> filter -> map -> batch) driven by hand with send().


class Tick:
    def __await__(self):
        yield "tick"


async def source(items):
    for item in items:
        await Tick()
        yield item


async def keep(pred, agen):
    async for item in agen:
        if pred(item):
            yield item


async def amap(fn, agen):
    async for item in agen:
        yield fn(item)


async def batch(n, agen):
    chunk = []
    async for item in agen:
        chunk.append(item)
        if len(chunk) == n:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


async def collect(agen):
    return [x async for x in agen]


async def first(agen, default=None):
    async for x in agen:
        return x
    return default


def drive(coro):
    ticks = 0
    try:
        while True:
            signal = coro.send(None)
            assert signal == "tick", signal
            ticks += 1
    except StopIteration as stop:
        return stop.value, ticks


numbers = range(1, 21)
pipeline = batch(3, amap(lambda x: x * x, keep(lambda x: x % 3 != 0, source(numbers))))
print(drive(collect(pipeline)))
print(drive(first(source("abc"))))
print(drive(first(keep(str.isdigit, source("abc")), "none")))


async def averages(agen):
    total = count = 0
    async for chunk in agen:
        total += sum(chunk)
        count += len(chunk)
        yield round(total / count, 2)


print(drive(collect(averages(batch(4, source([4, 8, 15, 16, 23, 42, 7]))))))


async def guarded(agen):
    try:
        async for x in agen:
            if x == 3:
                raise ValueError(f"bad item {x}")
            yield x
    finally:
        print("  guarded cleanup")


async def safe_collect(agen):
    out = []
    try:
        async for x in agen:
            out.append(x)
    except ValueError as e:
        out.append(str(e))
    return out


print(drive(safe_collect(guarded(source([1, 2, 3, 4])))))
ag = source([10, 20])
step = ag.__anext__()
print(type(ag).__name__, step.send(None))
try:
    step.send(None)
except StopIteration as e:
    print("first value", e.value)
async def gen_with_send():
    received = yield "ready"
    yield f"got {received}"
g = gen_with_send()
print(drive(g.asend(None)), drive(g.asend("hi")))
try:
    drive(g.asend(None))
except StopAsyncIteration:
    print("StopAsyncIteration")
