def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
async def gen():
    try:
        yield 1
        yield 2
    finally:
        print("gen finally")

async def main():
    try:
        async for x in gen():
            raise ValueError(f"body failed at {x}")
    except ValueError as e:
        print("caught", e)

run(main())
print("end")
