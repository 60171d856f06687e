def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
import types

def unmarked():
    yield

async def main():
    try:
        await unmarked()
    except TypeError as e:
        print(e)
    await types.coroutine(unmarked)()
    return "awaited marked generator"

c = main()
print(c.send(None))
try:
    c.send(None)
except StopIteration as e:
    print(e.value)
