def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
class Inspect:
    async def __aenter__(self):
        return self
    async def __aexit__(self, typ, val, tb):
        print("type:", typ.__name__ if typ else None)
        print("value:", repr(val))
        print("traceback is set:", tb is not None)
        return False

async def main():
    try:
        async with Inspect():
            raise ValueError("inside")
    except ValueError as e:
        print("propagated:", e)

run(main())
