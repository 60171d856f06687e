async def main(x):
    class C:
        pending = (await v for v in x)
    return C
