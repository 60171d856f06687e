def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
class A:
    pass

class OnlyEnter:
    async def __aenter__(self):
        return 1

class SyncOnly:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        pass

async def main():
    for obj in (A(), OnlyEnter(), SyncOnly(), 5):
        try:
            async with obj:
                pass
        except TypeError as e:
            print(e)

run(main())
