def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
async def gen():
    for i in range(3):
        try:
            if i == 1:
                raise ValueError(i)
            yield i
        except ValueError as e:
            yield f"caught {e}"
        finally:
            yield f"finally {i}"

async def main():
    return [x async for x in gen()]

print(run(main()))
