def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
import sys

class Check:
    async def __aenter__(self):
        return self
    async def __aexit__(self, typ, val, tb):
        print("exc_info inside aexit:", sys.exc_info()[0])
        return True

async def main():
    async with Check():
        raise IndexError
    print("after:", sys.exc_info())

run(main())
