def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
def logged(fn):
    async def wrapper(*args):
        print("calling", fn.__name__, args)
        result = await fn(*args)
        print("result", result)
        return result
    wrapper.__name__ = fn.__name__
    return wrapper

@logged
async def add(a, b):
    return a + b

print(add.__name__)
print(run(add(2, 3)))
