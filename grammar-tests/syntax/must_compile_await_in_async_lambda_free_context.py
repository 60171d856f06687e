async def main(x):
    values = {await k: await v for k, v in x}
    return values, [await v for v in x], (await v for v in x)
