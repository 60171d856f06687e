def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
async def main():
    try:
        [x async for x in [1, 2]]
    except TypeError as e:
        print(e)
    try:
        [x async for x in 7]
    except TypeError as e:
        print(e)

run(main())
