def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
async def agen():
    yield 1
    yield 0

async def main():
    try:
        print([10 // x async for x in agen()])
    except ZeroDivisionError as e:
        print("ZeroDivisionError", e)

run(main())
