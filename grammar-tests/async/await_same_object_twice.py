def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
class Reusable:
    def __init__(self):
        self.n = 0
    def __await__(self):
        self.n += 1
        return iter([])

async def main():
    r = Reusable()
    await r
    await r
    await r
    return r.n

print(run(main()))
