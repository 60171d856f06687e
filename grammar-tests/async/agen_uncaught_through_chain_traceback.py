# conformance: whole-stderr
async def numbers():
    yield 1
    raise IndexError("no more numbers")

async def consume():
    async for n in numbers():
        print("got", n)

async def main():
    await consume()

main().send(None)
