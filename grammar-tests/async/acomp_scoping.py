def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
async def agen():
    yield "a"
    yield "b"

x = "outer"

async def main():
    result = [x async for x in agen()]
    print(result, x)
    y = 10
    print([x + str(y) async for x in agen()])

run(main())
