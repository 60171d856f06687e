async def main(source):
    return [await v for v in source if await v]
