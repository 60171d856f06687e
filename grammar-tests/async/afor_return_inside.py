def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
async def gen():
    try:
        for i in range(10):
            yield i
    finally:
        print("gen finally")

async def find(target):
    async for x in gen():
        if x == target:
            return f"found {x}"
    return "missing"

print(run(find(3)))
print("after find")
print(run(find(99)))
