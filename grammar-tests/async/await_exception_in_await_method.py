def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
class Broken:
    def __await__(self):
        raise ValueError("await failed")

async def f():
    try:
        await Broken()
    except ValueError as e:
        return "caught " + str(e)

print(run(f()))
