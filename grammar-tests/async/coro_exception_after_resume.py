class Wait:
    def __await__(self):
        yield 1
        yield 2

async def two_steps():
    await Wait()
    raise KeyError("late")

c = two_steps()
print(c.send(None))
print(c.send(None))
try:
    c.send(None)
except KeyError as e:
    print("KeyError", e)
try:
    c.send(None)
except RuntimeError as e:
    print(e)
