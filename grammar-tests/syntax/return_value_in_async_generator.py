async def ticker():
    yield 1
    return 2
