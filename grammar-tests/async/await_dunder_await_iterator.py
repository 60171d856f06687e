def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
class Ready:
    def __init__(self, value):
        self.value = value
    def __await__(self):
        return iter([])

class FromIter:
    def __await__(self):
        return iter(["a", "b"])

async def f():
    r = await Ready(1)
    print("ready gives", r)
    return await FromIter()

c = f()
print(c.send(None))
print(c.send(None))
try:
    c.send(None)
except StopIteration as e:
    print("done", e.value)
