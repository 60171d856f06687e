def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
class Sync:
    def __enter__(self):
        print("sync enter")
        return "s"
    def __exit__(self, *a):
        print("sync exit")

class Async:
    async def __aenter__(self):
        print("async enter")
        return "a"
    async def __aexit__(self, *a):
        print("async exit")

async def main():
    with Sync() as s:
        async with Async() as a:
            print(s, a)
    async with Async() as a:
        with Sync() as s:
            print(a, s)

run(main())
