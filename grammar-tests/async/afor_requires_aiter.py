def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
async def main():
    try:
        async for x in 5:
            pass
    except TypeError as e:
        print(e)
    try:
        async for x in [1, 2]:
            pass
    except TypeError as e:
        print(e)

run(main())
