def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
async def v(x):
    return x

async def main():
    out = []
    if await v(1):
        out.append("if")
    while await v(len(out) < 3):
        out.append("loop")
    for i in await v(range(2)):
        out.append(i)
    try:
        raise await v(ValueError("made by await"))
    except await v(ValueError) as e:
        out.append(str(e))
    with open(__file__) as fh:
        out.append(await v(fh.readline().strip()[:6]))
    return out

print(run(main()))
