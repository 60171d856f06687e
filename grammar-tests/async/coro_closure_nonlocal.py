def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
def make():
    count = 0
    async def bump(n):
        nonlocal count
        count += n
        return count
    return bump

b = make()
print(run(b(1)), run(b(5)), run(b(10)))
