def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
class Raising:
    async def __aenter__(self):
        return self
    async def __aexit__(self, typ, val, tb):
        raise RuntimeError("from aexit")

async def main():
    try:
        async with Raising():
            raise ValueError("body")
    except RuntimeError as e:
        print(e, "context:", repr(e.__context__))
    try:
        async with Raising():
            pass
    except RuntimeError as e:
        print(e, "context:", repr(e.__context__))

run(main())
