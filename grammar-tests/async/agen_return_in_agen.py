def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
async def gen(flag):
    yield "first"
    if flag:
        return
    yield "second"

async def main():
    print([x async for x in gen(True)])
    print([x async for x in gen(False)])

run(main())
