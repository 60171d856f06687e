def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
async def name():
    return "world"

async def num(x):
    return x

async def main():
    print(f"hello {await name()}!")
    print(f"{await num(3.14159):.2f} {await num(42)!r:>6}")
    print(f"{await num('a') + await num('b')}")
    print(f"nested {f'{await num(1)}'}")

run(main())
