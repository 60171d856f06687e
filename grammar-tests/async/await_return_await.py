def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
async def a():
    return "a"

async def b():
    return await a()

async def c():
    return await b() + await b()

print(run(c()))
