def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
async def gen():
    try:
        yield 1
    finally:
        print("finally runs at drop")

g = gen()
run(g.__anext__())
del g
print("after del")
