class Wait:
    def __await__(self):
        yield "w"

async def stubborn():
    try:
        await Wait()
    except GeneratorExit:
        print("ignoring")
        await Wait()

c = stubborn()
c.send(None)
try:
    c.close()
except RuntimeError as e:
    print(type(e).__name__, e)
