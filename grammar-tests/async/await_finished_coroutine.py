def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
async def inner():
    return 3

done = inner()
print(run(done))

async def again():
    return await done

try:
    run(again())
except RuntimeError as e:
    print(e)
