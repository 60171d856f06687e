def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

async def two():
    return 2

async def main():
    return await two() ** 3, -await two(), (await two()).bit_length(), [await two()][0] * 5

print(run(main()))
