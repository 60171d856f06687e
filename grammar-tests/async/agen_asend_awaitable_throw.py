def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
async def gen():
    try:
        yield 1
    except ValueError:
        yield "caught via awaitable.throw"

g = gen()
run(g.__anext__())
aw = g.asend(None)
try:
    aw.throw(ValueError)
except StopIteration as e:
    print(e.value)
