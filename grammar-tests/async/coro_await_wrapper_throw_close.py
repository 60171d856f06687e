class Wait:
    def __await__(self):
        yield "waiting"

async def inner():
    try:
        await Wait()
    except ValueError as e:
        return "handled " + str(e)

w = inner().__await__()
print(next(w))
try:
    w.throw(ValueError("v"))
except StopIteration as e:
    print(e.value)
w = inner().__await__()
print(w.send(None))
w.close()
print("closed")
