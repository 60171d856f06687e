def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
class Plain:
    pass

async def main():
    async with Plain():
        pass

run(main())
