def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
class Future:
    def __init__(self):
        self.result = None
    def __await__(self):
        got = yield self
        self.result = got
        return got * 2

async def user():
    fut = Future()
    doubled = await fut
    return doubled, fut.result

c = user()
yielded = c.send(None)
print(type(yielded).__name__)
try:
    c.send(21)
except StopIteration as e:
    print(e.value)
