def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
class BadAnext:
    def __aiter__(self):
        return self
    def __anext__(self):
        return 42

async def main():
    try:
        async for x in BadAnext():
            pass
    except TypeError as e:
        print(e)

run(main())
