def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
async def leaf():
    raise ValueError("deep")

async def mid():
    try:
        await leaf()
    except ValueError as e:
        raise KeyError("mid") from e

async def top():
    try:
        await mid()
    except KeyError as e:
        return repr(e), repr(e.__cause__)

print(run(top()))
