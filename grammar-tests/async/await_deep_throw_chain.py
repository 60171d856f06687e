class Wait:
    def __await__(self):
        yield

async def level(n):
    if n == 0:
        try:
            await Wait()
        except KeyError:
            return "caught at the bottom"
    return await level(n - 1)

c = level(300)
c.send(None)
try:
    c.throw(KeyError)
except StopIteration as e:
    print(e.value)
