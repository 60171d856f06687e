class Wait:
    def __await__(self):
        yield

async def swap():
    try:
        await Wait()
    except GeneratorExit:
        raise ValueError("from close")

c = swap()
c.send(None)
try:
    c.close()
except ValueError as e:
    print("close raised", e, type(e.__context__).__name__)
