def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
async def f():
    await 5

try:
    run(f())
except TypeError as e:
    print(e)

async def g():
    await "text"

try:
    run(g())
except TypeError as e:
    print(e)

async def h():
    await None
run(h())
