def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
class BadExit:
    async def __aenter__(self):
        return self
    def __aexit__(self, *a):
        return 1

class BadEnter:
    def __aenter__(self):
        return 2
    async def __aexit__(self, *a):
        pass

async def main():
    try:
        async with BadExit():
            print("body ran")
    except TypeError as e:
        print(e)
    try:
        async with BadEnter():
            print("not reached")
    except TypeError as e:
        print(e)

run(main())
