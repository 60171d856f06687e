class Future:
    def __init__(self, value):
        self.value = value
    def __await__(self):
        return (yield self)

async def add(a, b):
    x = await Future(a)
    y = await Future(b)
    return x + y

async def main():
    s1 = await add(1, 2)
    s2 = await add(s1, 10)
    return s2

def trampoline(coro):
    to_send = None
    steps = 0
    while True:
        try:
            fut = coro.send(to_send)
        except StopIteration as e:
            return e.value, steps
        steps += 1
        to_send = fut.value

print(trampoline(main()))
