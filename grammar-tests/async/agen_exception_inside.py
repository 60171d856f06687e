def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
async def gen():
    yield 1
    raise KeyError("inside agen")

async def main():
    out = []
    try:
        async for v in gen():
            out.append(v)
    except KeyError as e:
        out.append(repr(e))
    return out

print(run(main()))
