def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
class FailEnter:
    async def __aenter__(self):
        raise ConnectionError("cannot enter")
    async def __aexit__(self, *a):
        print("aexit must not run")

async def main():
    try:
        async with FailEnter():
            print("body must not run")
    except ConnectionError as e:
        print("caught", e)

run(main())
