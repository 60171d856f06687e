import sys

class Wait:
    def __await__(self):
        yield

async def handler():
    try:
        raise KeyError("handled")
    except KeyError:
        print("before suspend:", sys.exc_info()[0].__name__)
        await Wait()
        print("after resume:", sys.exc_info()[0].__name__)
    print("after block:", sys.exc_info()[0])

c = handler()
c.send(None)
print("outside while suspended:", sys.exc_info()[0])
try:
    c.send(None)
except StopIteration:
    pass
