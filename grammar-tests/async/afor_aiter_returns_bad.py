def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
class BadAiter:
    def __aiter__(self):
        return 42

class NoAnextOnIterator:
    def __aiter__(self):
        return object()

async def main():
    for obj in (BadAiter(), NoAnextOnIterator()):
        try:
            async for x in obj:
                pass
        except TypeError as e:
            print(e)

run(main())
