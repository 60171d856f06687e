def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
async def v(x):
    return x

def show(*args, **kwargs):
    return args, sorted(kwargs.items())

async def main():
    d = {"a": 1}
    print(show(await v(1), *await v([2, 3]), k=await v(4), **await v({"z": 5})))
    d[await v("b")] = await v(2)
    print(d)
    lst = [0, 1, 2, 3]
    print(lst[await v(1):await v(3)])
    del d[await v("a")]
    print(d)
    x = y = await v(7)
    x += await v(1)
    print(x, y)

run(main())
