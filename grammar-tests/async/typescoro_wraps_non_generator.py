def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
import types

async def real():
    return "real result"

def factory():
    return real()

wrapped = types.coroutine(factory)
print(wrapped.__name__)

async def main():
    return await wrapped()

print(run(main()))
