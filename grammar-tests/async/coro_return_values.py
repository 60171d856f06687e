def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
async def none_():
    pass
async def tup():
    return 1, 2
async def exc_value():
    return ValueError("as value")
async def stop_value():
    return StopIteration(3)

for f in [none_, tup, exc_value, stop_value]:
    print(f.__name__, repr(run(f())))
