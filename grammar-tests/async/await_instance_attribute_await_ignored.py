def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
class C:
    pass

obj = C()
obj.__await__ = lambda: iter([])

async def f():
    await obj

try:
    run(f())
except TypeError as e:
    print(e)
