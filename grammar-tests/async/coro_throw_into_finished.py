def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
async def f():
    return 1

c = f()
run(c)
try:
    c.throw(ValueError("after end"))
except ValueError as e:
    print("ValueError", e)
except RuntimeError as e:
    print("RuntimeError", e)
print(c.close())
